namespace SentimentDashboard.Analysis;

/// <summary>
/// Reads an <see cref="Overview"/>: what the overview page does on every refresh, what <c>GET /api/overview</c> returns
/// and what <c>bench</c> times. Counts come from the rollups (<see cref="OverviewCounts"/>); trending terms and authors
/// from the newest posts of the view (<see cref="RecentSample"/>).
/// </summary>
public sealed class OverviewLoader(DashboardQueries queries, OverviewCounts counts, RecentSample recent, TimeProvider clock)
{
    /// <summary>How many hashtags, terms, languages and authors the overview lists.</summary>
    public const int TopItems = 10;

    public Task<Overview> LoadAsync(PostFilter filter, int top, CancellationToken cancellation = default) =>
        LoadAsync(filter, top, rollups: true, cancellation);

    /// <summary>With <paramref name="rollups"/> false every number is counted from the rows: the recount the rollups must equal.</summary>
    public async Task<Overview> LoadAsync(PostFilter filter, int top, bool rollups, CancellationToken cancellation = default)
    {
        var now = clock.GetUtcNow();
        var (from, to) = filter.Range.Resolve(now);
        // Every query of one overview reads the same window, however long the others take.
        var window = filter with { Range = new TimeRange(null, from, to) };

        // Each query has its own connection, and SQLite in WAL mode reads them side by side; Microsoft.Data.Sqlite runs
        // a query synchronously inside its async methods, so each is started on the thread pool to use every core.
        var monitors = Task.Run(() => queries.MonitorChoicesAsync(cancellation), cancellation);
        var (first, last) = await counts.BoundsAsync(window, rollups, cancellation);
        var granularity = filter.Bucket ?? filter.Range.SuggestedGranularity(now, first);
        if (first is null)
        {
            return new Overview(await monitors, CellSums.Counters([], null, null), granularity, [], [], [], [], [], [], []);
        }

        var cells = Task.Run(() => counts.CellsAsync(window, granularity, rollups, cancellation), cancellation);
        var tags = Task.Run(() => counts.TopTagsAsync(window, top, rollups, cancellation), cancellation);
        var sample = Task.Run(() => recent.ReadAsync(window, top, cancellation), cancellation);
        await Task.WhenAll(monitors, cells, tags, sample);
        var counted = await cells;
        var (trending, authors) = await sample;
        return new Overview(
            await monitors,
            CellSums.Counters(counted, first, last),
            granularity,
            TimelineFill.Fill(CellSums.Timeline(counted), granularity, from, to is { } end && end < now ? end : now),
            CellSums.Toxicity(counted),
            (await tags).Select(t => t with { Key = "#" + t.Key }).ToArray(),
            trending.Select(t => new KeyCount(t.Term, t.Recent)).ToArray(),
            CellSums.Languages(counted, top),
            CellSums.Volumes(counted, await monitors),
            authors);
    }
}
