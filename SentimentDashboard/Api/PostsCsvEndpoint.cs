using System.Runtime.CompilerServices;
using SentimentDashboard.Analysis;

namespace SentimentDashboard.Api;

/// <summary>
/// Streams the posts matching a filter (the UI's query string; no filter: every post) as CSV, oldest first, reading
/// row by row: constant memory whatever the size. Columns as in the external contract.
/// </summary>
internal static class PostsCsvEndpoint
{
    private static readonly string[] Header =
        ["id", "created_at", "monitor", "author", "lang", "text", "sentiment", "sentiment_score", "hate", "offensive", "risk"];

    public static Task HandleAsync(HttpContext http, DashboardQueries queries) =>
        CsvResponse.WriteAsync(http, "posts", Header, Rows(queries, PostFilter.Parse(http.Request.QueryString.Value, TimeRange.All), http.RequestAborted));

    private static async IAsyncEnumerable<string?[]> Rows(DashboardQueries queries, PostFilter filter, [EnumeratorCancellation] CancellationToken cancellation)
    {
        var fields = new string?[Header.Length];
        await foreach (var post in queries.StreamPostsAsync(filter, cancellation))
        {
            fields[0] = post.SourceId;
            fields[1] = CsvResponse.Time(post.CreatedAt);
            fields[2] = post.Monitor;
            fields[3] = post.Author;
            fields[4] = post.Language;
            fields[5] = post.Text;
            fields[6] = post.Sentiment;
            fields[7] = CsvResponse.Number(post.SentimentScore);
            fields[8] = CsvResponse.Number(post.Hate);
            fields[9] = CsvResponse.Number(post.Offensive);
            fields[10] = CsvResponse.Number(post.Risk);
            yield return fields;
        }
    }
}
