using SentimentDashboard.Monitoring;

namespace SentimentDashboard.Pipeline;

/// <summary>The pipeline's figures for the status page: classification (input: raw posts) and store (input: scored posts).</summary>
public sealed class PipelineMetrics(ChannelQueue<RawPost> raw, ChannelQueue<ScoredPost> scored, TimeProvider time)
{
    /// <summary>Latency: time to classify one post.</summary>
    public StageMetrics Classify { get; } = new("classify", () => raw.Count, raw.Capacity, time);

    /// <summary>Latency: from classification to commit, per post.</summary>
    public StageMetrics Store { get; } = new("store", () => scored.Count, scored.Capacity, time);

    public IReadOnlyList<StageSnapshot> Snapshot() => [Classify.Snapshot(), Store.Snapshot()];
}
