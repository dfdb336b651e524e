namespace SentimentDashboard.Analysis.Risk;

/// <summary>Who a hateful post is aimed at, when its words say so (<see cref="HateTargetDetector"/>).</summary>
public enum HateTarget
{
    Origin,
    Religion,
    Gender,
    SexualOrientation,
    Disability,
    Individual,
    OtherGroup,
}
