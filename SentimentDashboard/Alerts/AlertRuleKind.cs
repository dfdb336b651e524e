namespace SentimentDashboard.Alerts;

/// <summary>What an alert rule watches.</summary>
public enum AlertRuleKind
{
    /// <summary>A post's risk score at or above the rule's threshold.</summary>
    Risk,

    /// <summary>A post's hate probability at or above the rule's threshold.</summary>
    Hate,

    /// <summary>A post (or transcript segment) containing one of the rule's terms or phrases.</summary>
    WatchList,

    /// <summary>Negative or hateful posts per minute far above their own rolling baseline.</summary>
    Spike,

    /// <summary>A monitor going live, ending a live, failing or falling silent.</summary>
    MonitorEvent,
}
