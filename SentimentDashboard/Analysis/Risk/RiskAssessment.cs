namespace SentimentDashboard.Analysis.Risk;

/// <summary>
/// The risk analysis of one post or transcript segment: the prior-corrected probabilities that feed the risk, the
/// content risk and the virality behind it, the category, the target of hate when detectable, and the reasons in words.
/// </summary>
public sealed record RiskAssessment(
    float CalibratedNegative,
    float CalibratedHate,
    float CalibratedOffensive,
    float ContentRisk,
    ViralityLevel Virality,
    double EngagementPerMinute,
    RiskCategory Category,
    TargetMatch Target,
    float Risk,
    string Justification);
