namespace SentimentDashboard.Alerts;

/// <summary>
/// The rules a new database starts with (and an upgraded one gains), so alerts work on the first day: a burst of
/// hateful posts, a post of high risk, a monitor in error. Admins edit or delete them like any other.
/// </summary>
public static class DefaultAlertRules
{
    public static IReadOnlyList<AlertRuleEntity> All { get; } =
    [
        new()
        {
            Id = 1, Name = "Hate burst", Kind = AlertRuleKind.Spike, Severity = AlertSeverity.Critical, Signal = SpikeSignal.Hateful,
            Threshold = 3, MinPosts = 5, GroupMinutes = 10, CooldownMinutes = 30, UpdatedAt = DateTimeOffset.UnixEpoch,
        },
        new()
        {
            Id = 2, Name = "High risk", Kind = AlertRuleKind.Risk, Severity = AlertSeverity.Warning, Threshold = 0.8, GroupMinutes = 10, CooldownMinutes = 30, UpdatedAt = DateTimeOffset.UnixEpoch,
        },
        new()
        {
            Id = 3, Name = "Monitor in error", Kind = AlertRuleKind.MonitorEvent, Severity = AlertSeverity.Warning, Events = MonitorEventKind.Failed,
            GroupMinutes = 60, CooldownMinutes = 60, UpdatedAt = DateTimeOffset.UnixEpoch,
        },
    ];
}
