using System.Globalization;
using System.Text;
using SentimentDashboard.Analysis;

namespace SentimentDashboard.Api;

/// <summary>
/// Streams the posts matching a filter (the UI's query string; no filter: every post) as CSV, oldest first, reading
/// row by row and writing in chunks: constant memory whatever the size. Columns as in the external contract.
/// </summary>
internal static class PostsCsvEndpoint
{
    private const int ChunkCharacters = 32 * 1024;

    private static readonly string[] Header =
        ["id", "created_at", "monitor", "author", "lang", "text", "sentiment", "sentiment_score", "hate", "offensive", "risk"];

    public static async Task HandleAsync(HttpContext http, DashboardQueries queries)
    {
        var filter = PostFilter.Parse(http.Request.QueryString.Value, TimeRange.All);
        var cancellation = http.RequestAborted;
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"posts-{DateTime.UtcNow:yyyyMMdd-HHmmss}.csv\"";
        await using var output = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: ChunkCharacters);

        // Rows go to an in-memory chunk first: Kestrel allows only asynchronous writes to the response.
        var chunk = new StringWriter(CultureInfo.InvariantCulture);
        var csv = new CsvRowWriter(chunk);
        csv.WriteRow(Header);
        var fields = new string?[Header.Length];
        await foreach (var post in queries.StreamPostsAsync(filter, cancellation))
        {
            fields[0] = post.SourceId;
            fields[1] = post.CreatedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            fields[2] = post.Monitor;
            fields[3] = post.Author;
            fields[4] = post.Language;
            fields[5] = post.Text;
            fields[6] = post.Sentiment;
            fields[7] = Probability(post.SentimentScore);
            fields[8] = Probability(post.Hate);
            fields[9] = Probability(post.Offensive);
            fields[10] = Probability(post.Risk);
            csv.WriteRow(fields);
            var buffer = chunk.GetStringBuilder();
            if (buffer.Length >= ChunkCharacters)
            {
                await output.WriteAsync(buffer, cancellation);
                buffer.Clear();
            }
        }

        await output.WriteAsync(chunk.GetStringBuilder(), cancellation);
        await output.FlushAsync(cancellation);
    }

    private static string? Probability(float? value) => value?.ToString("0.####", CultureInfo.InvariantCulture);
}
