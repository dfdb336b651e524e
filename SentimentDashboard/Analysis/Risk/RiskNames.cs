namespace SentimentDashboard.Analysis.Risk;

/// <summary>The words stored in the database, shown in the UI and given to alerts for the risk enums.</summary>
public static class RiskNames
{
    /// <summary>Every category's word, from the mildest.</summary>
    public static IReadOnlyList<string> Categories { get; } = [.. Enum.GetValues<RiskCategory>().Select(Of)];

    public static string Of(RiskCategory category) => category switch
    {
        RiskCategory.Hateful => "hateful",
        RiskCategory.Polemic => "polemic",
        RiskCategory.PotentiallyViral => "potentially viral",
        _ => "neutral",
    };

    public static string Of(ViralityLevel level) => level switch
    {
        ViralityLevel.High => "high",
        ViralityLevel.Medium => "medium",
        _ => "low",
    };

    public static string Of(HateTarget target) => target switch
    {
        HateTarget.Origin => "origin",
        HateTarget.Religion => "religion",
        HateTarget.Gender => "gender",
        HateTarget.SexualOrientation => "sexual orientation",
        HateTarget.Disability => "disability",
        HateTarget.Individual => "an individual",
        _ => "another group",
    };
}
