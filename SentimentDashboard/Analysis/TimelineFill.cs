namespace SentimentDashboard.Analysis;

/// <summary>
/// Adds the empty buckets between the view's start and its end to a sentiment timeline, so that bars keep one bucket's
/// width and quiet hours show as quiet rather than vanish. Views that would need more than <see cref="MaxBuckets"/>
/// buckets stay as they are.
/// </summary>
public static class TimelineFill
{
    public const int MaxBuckets = 1_500;

    public static IReadOnlyList<SentimentBucket> Fill(IReadOnlyList<SentimentBucket> buckets, Granularity granularity, DateTimeOffset? from, DateTimeOffset to)
    {
        if (buckets.Count == 0)
        {
            return buckets;
        }

        var width = DashboardQueries.BucketMilliseconds(granularity);
        var first = Floor(Math.Min((from ?? buckets[0].Start).ToUnixTimeMilliseconds(), buckets[0].Start.ToUnixTimeMilliseconds()), width);
        var last = Floor(Math.Max(to.ToUnixTimeMilliseconds() - 1, buckets[^1].Start.ToUnixTimeMilliseconds()), width);
        if ((last - first) / width >= MaxBuckets)
        {
            return buckets;
        }

        var known = buckets.ToDictionary(b => b.Start.ToUnixTimeMilliseconds());
        var filled = new List<SentimentBucket>();
        for (var start = first; start <= last; start += width)
        {
            filled.Add(known.TryGetValue(start, out var bucket) ? bucket : new SentimentBucket(DateTimeOffset.FromUnixTimeMilliseconds(start), 0, 0, 0, 0));
        }

        return filled;
    }

    private static long Floor(long milliseconds, long width) => milliseconds - (((milliseconds % width) + width) % width);
}
