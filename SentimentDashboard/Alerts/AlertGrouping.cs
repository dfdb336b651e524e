namespace SentimentDashboard.Alerts;

/// <summary>
/// Whether a new match joins a rule's latest alert (for the same monitor) or raises a new one: it joins while the
/// burst goes on (the alert was updated less than the rule's group minutes ago) and during the cooldown after the
/// alert was raised, so one burst is one alert that grows.
/// </summary>
public static class AlertGrouping
{
    public static bool Joins(AlertEntity latest, AlertRuleEntity rule, DateTimeOffset at) =>
        at - latest.UpdatedAt < TimeSpan.FromMinutes(rule.GroupMinutes) || at - latest.CreatedAt < TimeSpan.FromMinutes(rule.CooldownMinutes);

    /// <summary>"Hate burst: 37 posts in 2 min", "Monitor in error: 3 events in 12 min".</summary>
    public static string Title(AlertEntity alert)
    {
        var what = alert.Kind == AlertRuleKind.MonitorEvent ? (alert.Count == 1 ? "event" : "events") : (alert.Count == 1 ? "post" : "posts");
        var minutes = (int)Math.Ceiling((alert.UpdatedAt - alert.FirstAt).TotalMinutes);
        return alert.Count == 1 ? $"{alert.RuleName}: 1 {what}" : $"{alert.RuleName}: {alert.Count} {what} in {Math.Max(minutes, 1)} min";
    }
}
