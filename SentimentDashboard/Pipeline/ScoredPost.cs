using SentimentDashboard.Monitoring;

namespace SentimentDashboard.Pipeline;

/// <summary>
/// A post after classification. <see cref="Scores"/> is null when it was not scored (a language the models do not
/// know, or a deletion). <see cref="Timestamp"/> (a <see cref="TimeProvider"/> timestamp) is when classification
/// took it, for the latency metrics.
/// </summary>
public sealed record ScoredPost(RawPost Raw, string? Language, IReadOnlyList<string> Tags, PostScores? Scores, long Timestamp);
