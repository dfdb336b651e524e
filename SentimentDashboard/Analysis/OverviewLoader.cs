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

        return new Overview(
            monitors,
            counters,
            granularity,
            Filled(await queries.SentimentOverTimeAsync(filter, granularity, cancellation), filter, granularity),
            await queries.ToxicityOverTimeAsync(filter, granularity, cancellation),
            (await queries.TopTagsAsync(filter, top, cancellation)).Select(t => t with { Key = "#" + t.Key }).ToArray(),
            (await queries.TrendingTermsAsync(filter, top, cancellation)).Select(t => new KeyCount(t.Term, t.Recent)).ToArray(),
            await queries.LanguagesAsync(filter, top, cancellation),
            await queries.MonitorVolumesAsync(filter, cancellation),
            await queries.AuthorsAsync(filter, top, cancellation));
    }

    /// <summary>Empty buckets from the view's start (or its first post) to its end (or now, or its last post).</summary>
    private IReadOnlyList<SentimentBucket> Filled(IReadOnlyList<SentimentBucket> timeline, PostFilter filter, Granularity granularity)
    {
        var now = clock.GetUtcNow();
        var (from, to) = filter.Range.Resolve(now);
        return TimelineFill.Fill(timeline, granularity, from, to is { } end && end < now ? end : now);
    }
}
