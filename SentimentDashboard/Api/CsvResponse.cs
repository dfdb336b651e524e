using System.Globalization;
using System.Text;

namespace SentimentDashboard.Api;

/// <summary>
/// Writes a CSV download (UTF-8, RFC 4180 quoting) row by row in chunks: constant memory whatever the number of rows.
/// The rows may reuse one array: each is written before the next is asked for.
/// </summary>
internal static class CsvResponse
{
    private const int ChunkCharacters = 32 * 1024;

    public static async Task WriteAsync(HttpContext http, string name, IReadOnlyList<string> header, IAsyncEnumerable<string?[]> rows)
    {
        var cancellation = http.RequestAborted;
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}-{DateTime.UtcNow:yyyyMMdd-HHmmss}.csv\"";
        await using var output = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: ChunkCharacters);

        // Rows go to an in-memory chunk first: Kestrel allows only asynchronous writes to the response.
        var chunk = new StringWriter(CultureInfo.InvariantCulture);
        var csv = new CsvRowWriter(chunk);
        csv.WriteRow([.. header]);
        await foreach (var fields in rows.WithCancellation(cancellation))
        {
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

    public static string Time(DateTimeOffset? time) => time?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) ?? "";

    public static string? Number(float? value) => value?.ToString("0.####", CultureInfo.InvariantCulture);
}
