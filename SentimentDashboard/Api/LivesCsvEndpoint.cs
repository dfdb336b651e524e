using System.Globalization;
using System.Runtime.CompilerServices;
using SentimentDashboard.Analysis.Lives;

namespace SentimentDashboard.Api;

/// <summary>The Lives table as CSV: every live, current ones first, then past ones newest first.</summary>
internal static class LivesCsvEndpoint
{
    private static readonly string[] Header =
        ["id", "monitor_id", "stream", "title", "started_at", "ended_at", "duration_s", "viewers", "peak_viewers", "segments", "dropped_segments", "reconnects"];

    public static Task HandleAsync(HttpContext http, LiveQueries queries, TimeProvider clock) =>
        CsvResponse.WriteAsync(http, "lives", Header, Rows(queries, clock, http.RequestAborted));

    private static async IAsyncEnumerable<string?[]> Rows(LiveQueries queries, TimeProvider clock, [EnumeratorCancellation] CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        foreach (var live in await queries.ListAsync(int.MaxValue, cancellation))
        {
            yield return
            [
                Integer(live.Id), Integer(live.MonitorId), live.Target, live.Title, CsvResponse.Time(live.StartedAt), CsvResponse.Time(live.EndedAt),
                Math.Round(live.Duration(now).TotalSeconds).ToString(CultureInfo.InvariantCulture), Integer(live.Viewers), Integer(live.PeakViewers),
                Integer(live.Segments), Integer(live.DroppedSegments), Integer(live.Reconnects),
            ];
        }
    }

    private static string? Integer(long? value) => value?.ToString(CultureInfo.InvariantCulture);
}
