namespace SentimentDashboard.Alerts;

/// <summary>An alert raised (<paramref name="IsNew"/>) or grown, as open pages hear it.</summary>
public sealed record AlertNotice(long AlertId, string Title, AlertSeverity Severity, long? MonitorId, int Count, bool IsNew);
