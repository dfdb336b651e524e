namespace SentimentDashboard.Alerts;

/// <summary>
/// A raised alert: one burst of matches of one rule (for one monitor, or overall), growing while matches keep coming.
/// The rule's name is copied so the history stays readable after the rule is deleted (<see cref="RuleId"/> is then null).
/// </summary>
public sealed class AlertEntity
{
    public long Id { get; set; }

    public long? RuleId { get; set; }

    public required string RuleName { get; set; }

    public AlertRuleKind Kind { get; set; }

    public AlertSeverity Severity { get; set; }

    public long? MonitorId { get; set; }

    public required string Title { get; set; }

    /// <summary>What drove it beyond the title: the spike's top terms, the terms matched, a monitor's message.</summary>
    public string? Detail { get; set; }

    /// <summary>Posts grouped in it, or events for an alert without posts.</summary>
    public int Count { get; set; }

    /// <summary>When the first match happened (the first post's commit, or the event).</summary>
    public DateTimeOffset FirstAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }

    /// <summary>The acknowledging user's id.</summary>
    public string? AcknowledgedBy { get; set; }

    /// <summary>The acknowledging user's name as shown (the audit log's actor).</summary>
    public string? AcknowledgedByName { get; set; }

    public string? AcknowledgeNote { get; set; }
}
