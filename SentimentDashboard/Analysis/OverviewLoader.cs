namespace SentimentDashboard.Analysis;

/// <summary>
/// Reads an <see cref="Overview"/>: what the overview page does on every refresh, what <c>GET /api/overview</c> returns
/// and what <c>bench</c> times. Counts come from the rollups (<see cref="OverviewCounts"/>); trending terms and authors
/// from the newest rows of the view.
/// </summary>
public sealed class OverviewLoader(DashboardQueries queries, OverviewCounts counts, TimeProvider clock)
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
        var trending = Task.Run(() => queries.TrendingTermsAsync(window, top, cancellation), cancellation);
        var authors = Task.Run(() => queries.AuthorsAsync(window, top, cancellation), cancellation);
        await Task.WhenAll(monitors, cells, tags, trending, authors);
        var counted = await cells;
        return new Overview(
            await monitors,
            CellSums.Counters(counted, first, last),
            granularity,
            TimelineFill.Fill(CellSums.Timeline(counted), granularity, from, to is { } end && end < now ? end : now),
            CellSums.Toxicity(counted),
            (await tags).Select(t => t with { Key = "#" + t.Key }).ToArray(),
            (await trending).Select(t => new KeyCount(t.Term, t.Recent)).ToArray(),
            CellSums.Languages(counted, top),
            CellSums.Volumes(counted, await monitors),
            await authors);
    }
}
