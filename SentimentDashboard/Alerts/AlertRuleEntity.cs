namespace SentimentDashboard.Alerts;

/// <summary>
/// One alert rule as stored. The fields that matter depend on <see cref="Kind"/>: <see cref="Threshold"/> for risk and
/// hate (a probability) and spikes (k, in standard deviations); <see cref="Terms"/> for watch lists;
/// <see cref="Signal"/> and <see cref="MinPosts"/> for spikes; <see cref="Events"/> and <see cref="SilentMinutes"/>
/// for monitor events. No <see cref="MonitorId"/>: every monitor (and, for spikes, all of them together).
/// </summary>
public sealed class AlertRuleEntity
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public AlertRuleKind Kind { get; set; }

    public AlertSeverity Severity { get; set; }

    public bool Enabled { get; set; } = true;

    public long? MonitorId { get; set; }

    public double Threshold { get; set; }

    /// <summary>Watch-list terms and phrases, one a line.</summary>
    public string? Terms { get; set; }

    public SpikeSignal Signal { get; set; }

    public int MinPosts { get; set; }

    public MonitorEventKind Events { get; set; }

    public int SilentMinutes { get; set; }

    /// <summary>A match joins the rule's latest alert (for the same monitor) while that alert was updated less than this ago.</summary>
    public int GroupMinutes { get; set; }

    /// <summary>No second alert (for the same monitor) sooner than this after the first was raised: matches join the first.</summary>
    public int CooldownMinutes { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Where a new alert of this rule is POSTed as JSON (null: nowhere).</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Post Slack's and Mattermost's <c>{"text": ...}</c> instead of the alert's fields.</summary>
    public bool WebhookText { get; set; }
}
