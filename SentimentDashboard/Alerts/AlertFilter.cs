namespace SentimentDashboard.Alerts;

/// <summary>Which alerts a list shows (newest first, at most <see cref="Limit"/>).</summary>
public sealed record AlertFilter(
    AlertSeverity? Severity = null, AlertRuleKind? Kind = null, long? MonitorId = null, bool UnreadOnly = false, bool OpenOnly = false, int Limit = 200);
