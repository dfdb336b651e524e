using SentimentDashboard.Analysis;

namespace SentimentDashboard.Api;

/// <summary>
/// The overview's numbers as <c>GET /api/overview</c> returns them: the window read (<paramref name="To"/> null: up to
/// now), the chart bucket, the counters, posts per bucket by label, hateful and offensive shares of the scored posts
/// per bucket, and the top hashtags, trending terms, languages, monitors and authors (the authors among the newest
/// <paramref name="AuthorsAmongNewest"/> posts of the window).
/// </summary>
public sealed record OverviewResponse(
    DateTimeOffset? From,
    DateTimeOffset? To,
    string Granularity,
    OverviewCounters Counters,
    IReadOnlyList<SentimentBucket> Timeline,
    IReadOnlyList<ToxicityBucket> Toxicity,
    IReadOnlyList<KeyCount> Tags,
    IReadOnlyList<KeyCount> Trending,
    IReadOnlyList<KeyCount> Languages,
    IReadOnlyList<MonitorVolume> Monitors,
    IReadOnlyList<KeyCount> Authors,
    int AuthorsAmongNewest);
