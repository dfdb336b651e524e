namespace SentimentDashboard.Alerts;

/// <summary>
/// One rule matching: the posts behind it (none for a monitor event, which counts as one <paramref name="Events"/>),
/// the monitor it concerns (null: overall), when, and what drove it.
/// </summary>
public sealed record AlertHit(AlertRuleEntity Rule, long? MonitorId, IReadOnlyList<long> PostIds, int Events, DateTimeOffset At, string? Detail);
