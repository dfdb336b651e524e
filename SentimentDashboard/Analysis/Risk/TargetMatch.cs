namespace SentimentDashboard.Analysis.Risk;

/// <summary>The target <see cref="HateTargetDetector"/> found, if any, and the words that named it.</summary>
public sealed record TargetMatch(HateTarget? Target, IReadOnlyList<string> Terms)
{
    public static readonly TargetMatch None = new(null, []);
}
