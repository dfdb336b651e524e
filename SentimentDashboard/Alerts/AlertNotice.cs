namespace SentimentDashboard.Alerts;

/// <summary>
/// An alert of rule <paramref name="RuleId"/> raised (<paramref name="IsNew"/>) or grown, as open pages hear it;
/// <paramref name="At"/> is when the batch or event behind this raise or growth was committed.
/// </summary>
public sealed record AlertNotice(long AlertId, long? RuleId, string Title, AlertSeverity Severity, long? MonitorId, int Count, string? Detail, bool IsNew, DateTimeOffset At);
