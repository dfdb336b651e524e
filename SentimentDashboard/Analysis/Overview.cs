namespace SentimentDashboard.Analysis;

/// <summary>Everything the overview page shows for one filter, read in one go. Charts are empty when no post matches.</summary>
public sealed record Overview(
    IReadOnlyList<MonitorChoice> Monitors,
    OverviewCounters Counters,
    Granularity Granularity,
    IReadOnlyList<SentimentBucket> Timeline,
    IReadOnlyList<ToxicityBucket> Toxicity,
    IReadOnlyList<KeyCount> Tags,
    IReadOnlyList<KeyCount> Trending,
    IReadOnlyList<KeyCount> Languages,
    IReadOnlyList<MonitorVolume> Volumes,
    IReadOnlyList<KeyCount> Authors);
