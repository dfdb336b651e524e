namespace SentimentDashboard.Analysis;

/// <summary>Reads an <see cref="Overview"/>: what the overview page does on every refresh (and what <c>bench</c> times).</summary>
public sealed class OverviewLoader(DashboardQueries queries, TimeProvider clock)
{
    public async Task<Overview> LoadAsync(PostFilter filter, int top, CancellationToken cancellation = default)
    {
        var monitors = await queries.MonitorChoicesAsync(cancellation);
        var counters = await queries.CountersAsync(filter, cancellation);
        var granularity = filter.Bucket ?? filter.Range.SuggestedGranularity(clock.GetUtcNow(), counters.First);
        if (counters.Posts == 0)
        {
            return new Overview(monitors, counters, granularity, [], [], [], [], [], [], []);
        }

        // Each query has its own connection, and SQLite in WAL mode reads them side by side; Microsoft.Data.Sqlite runs
        // a query synchronously inside its async methods, so each is started on the thread pool to use every core.
        var timeline = Task.Run(() => queries.SentimentOverTimeAsync(filter, granularity, cancellation), cancellation);
        var toxicity = Task.Run(() => queries.ToxicityOverTimeAsync(filter, granularity, cancellation), cancellation);
        var tags = Task.Run(() => queries.TopTagsAsync(filter, top, cancellation), cancellation);
        var trending = Task.Run(() => queries.TrendingTermsAsync(filter, top, cancellation), cancellation);
        var languages = Task.Run(() => queries.LanguagesAsync(filter, top, cancellation), cancellation);
        var volumes = Task.Run(() => queries.MonitorVolumesAsync(filter, cancellation), cancellation);
        var authors = Task.Run(() => queries.AuthorsAsync(filter, top, cancellation), cancellation);
        await Task.WhenAll(timeline, toxicity, tags, trending, languages, volumes, authors);
        return new Overview(
            monitors,
            counters,
            granularity,
            Filled(await timeline, filter, granularity),
            await toxicity,
            (await tags).Select(t => t with { Key = "#" + t.Key }).ToArray(),
            (await trending).Select(t => new KeyCount(t.Term, t.Recent)).ToArray(),
            await languages,
            await volumes,
            await authors);
    }

    /// <summary>Empty buckets from the view's start (or its first post) to its end (or now, or its last post).</summary>
    private IReadOnlyList<SentimentBucket> Filled(IReadOnlyList<SentimentBucket> timeline, PostFilter filter, Granularity granularity)
    {
        var now = clock.GetUtcNow();
        var (from, to) = filter.Range.Resolve(now);
        return TimelineFill.Fill(timeline, granularity, from, to is { } end && end < now ? end : now);
    }
}
