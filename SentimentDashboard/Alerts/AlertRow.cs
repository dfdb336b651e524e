namespace SentimentDashboard.Alerts;

/// <summary>An alert as lists, the API and exports show it; <see cref="Read"/> is for the user who asked.</summary>
public sealed record AlertRow(
    long Id,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string Rule,
    AlertRuleKind Kind,
    AlertSeverity Severity,
    string Title,
    string? Detail,
    int Count,
    long? MonitorId,
    string? Monitor,
    bool Read,
    DateTimeOffset? AcknowledgedAt,
    string? AcknowledgedBy,
    string? AcknowledgeNote);
