namespace SentimentDashboard.Analysis.Risk;

/// <summary>A stored post's risk analysis as lists and details show it (table PostRisks; words as <see cref="RiskNames"/> gives them).</summary>
public sealed record StoredRisk(
    string Category,
    string Virality,
    string? HateTarget,
    string TargetTerms,
    float CalibratedNegative,
    float CalibratedHate,
    float CalibratedOffensive,
    float ContentRisk,
    double EngagementPerMinute,
    string Justification)
{
    public static StoredRisk From(RiskAssessment risk) => new(
        RiskNames.Of(risk.Category),
        RiskNames.Of(risk.Virality),
        risk.Target.Target is { } target ? RiskNames.Of(target) : null,
        string.Join(' ', risk.Target.Terms.Select(t => "“" + t + "”")),
        risk.CalibratedNegative,
        risk.CalibratedHate,
        risk.CalibratedOffensive,
        risk.ContentRisk,
        risk.EngagementPerMinute,
        risk.Justification);
}
