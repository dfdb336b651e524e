namespace SentimentDashboard.Pipeline;

/// <summary>One stage's figures at a moment: totals since start, recent rate and latency percentiles.</summary>
public sealed record StageSnapshot(
    string Stage,
    long Processed,
    long Errors,
    double PerSecond,
    int QueueDepth,
    int QueueCapacity,
    double LatencyP50Milliseconds,
    double LatencyP95Milliseconds);
