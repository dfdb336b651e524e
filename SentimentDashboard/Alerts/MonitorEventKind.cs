namespace SentimentDashboard.Alerts;

/// <summary>The monitor events a rule of kind <see cref="AlertRuleKind.MonitorEvent"/> can watch (a set: flags).</summary>
[Flags]
public enum MonitorEventKind
{
    None = 0,
    WentLive = 1,
    LiveEnded = 2,
    Failed = 4,
    FellSilent = 8,
}
