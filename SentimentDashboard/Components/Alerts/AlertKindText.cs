using SentimentDashboard.Alerts;

namespace SentimentDashboard.Components.Alerts;

/// <summary>The words pages give a rule's type.</summary>
internal static class AlertKindText
{
    public static string Of(AlertRuleKind kind) => kind switch
    {
        AlertRuleKind.Risk => "risk ≥ x",
        AlertRuleKind.Hate => "hate ≥ x",
        AlertRuleKind.WatchList => "watch list",
        AlertRuleKind.Spike => "spike",
        _ => "monitor events",
    };
}
