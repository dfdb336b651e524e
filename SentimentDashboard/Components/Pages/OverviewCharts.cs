using SentimentDashboard.Analysis;
using SentimentDashboard.Components.Charts;

namespace SentimentDashboard.Components.Pages;

/// <summary>The overview's data as its charts take it.</summary>
internal static class OverviewCharts
{
    public static TimeSpan Step(Granularity granularity) => TimeSpan.FromMilliseconds(DashboardQueries.BucketMilliseconds(granularity));

    /// <summary>Posts per bucket stacked by label, keyed by the sentiment filter's values.</summary>
    public static TimeSeriesSet Sentiment(Overview overview)
    {
        var buckets = overview.Timeline;
        TimeSeries Series(string label, Func<SentimentBucket, int> count) => new(label, label, buckets.Select(b => (double?)count(b)).ToArray(), label);
        return new TimeSeriesSet(
            buckets.Select(b => b.Start).ToArray(),
            Step(overview.Granularity),
            [Series("negative", b => b.Negative), Series("neutral", b => b.Neutral), Series("positive", b => b.Positive), Series("unscored", b => b.Unscored)]);
    }

    /// <summary>Hateful and offensive shares of the scored posts on the sentiment timeline's buckets; none where no post was scored.</summary>
    public static TimeSeriesSet Toxicity(Overview overview)
    {
        var times = overview.Timeline.Select(b => b.Start).ToArray();
        var shares = overview.Toxicity.Where(b => b.Posts > 0).ToDictionary(b => b.Start);
        TimeSeries Series(string key, string title, Func<ToxicityBucket, double> percent) =>
            new(key, title, times.Select(t => shares.TryGetValue(t, out var b) ? Math.Round(percent(b), 1) : (double?)null).ToArray(), key);
        return new TimeSeriesSet(times, Step(overview.Granularity), [Series("hate", "hateful", b => b.HatefulPercent), Series("offensive", "offensive", b => b.OffensivePercent)]);
    }

    public static IReadOnlyList<KeyCount> Sentiments(OverviewCounters counters) =>
    [
        new("negative", counters.Negative),
        new("neutral", counters.Neutral),
        new("positive", counters.Positive),
        new("unscored", counters.Unscored),
    ];
}
