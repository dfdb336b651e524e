using SentimentDashboard.Analysis.Risk;

namespace SentimentDashboard.Analysis;

/// <summary>
/// How much attention a post deserves, in [0, 1]. First what it says, from the models' prior-corrected probabilities
/// (<see cref="Classification.PriorShift"/>): <c>content = 1 − (1 − hate) · (1 − 0.7 · offensive) · (1 − 0.3 · negative)</c>.
/// Each signal alone can push it up to its weight (hate fully, offensive language to 0.7, negativity to 0.3: a merely
/// negative post is not a risky one), and signals reinforce each other like independent alarms. Then how far it
/// travels, in the spirit of the TikTok tracker (base 0.2, +0.3 / +0.5 for medium / high virality, +0.4 for hate,
/// capped at 1): <c>risk = min(1, content · (1 + boost))</c> with boost 0, 0.3, 0.5 for low, medium, high virality.
/// Virality amplifies what a post says and never makes a harmless one risky (that is the category "potentially
/// viral"). A calm post (hate 0.05, offensive 0.1, negative 0.1) scores about 0.14 at low virality, 0.21 at high.
/// </summary>
public static class RiskScore
{
    public const float OffensiveWeight = 0.7f;
    public const float NegativeWeight = 0.3f;
    public const float MediumViralityBoost = 0.3f;
    public const float HighViralityBoost = 0.5f;

    /// <summary>The formula in words, as the post details and the Playground show it.</summary>
    public const string Explanation =
        "content = 1 − (1 − hate) × (1 − 0.7 × offensive) × (1 − 0.3 × negative), with the prior-corrected probabilities; " +
        "risk = content × 1, × 1.3 or × 1.5 for low, medium or high virality, at most 1.";

    public static float Compute(float hate, float offensive, float negative)
    {
        var calm = (1 - Clamp(hate)) * (1 - (OffensiveWeight * Clamp(offensive))) * (1 - (NegativeWeight * Clamp(negative)));
        return Clamp(1 - calm);
    }

    public static float WithVirality(float content, ViralityLevel virality) => Clamp(Clamp(content) * (1 + Boost(virality)));

    public static float Boost(ViralityLevel virality) => virality switch
    {
        ViralityLevel.High => HighViralityBoost,
        ViralityLevel.Medium => MediumViralityBoost,
        _ => 0,
    };

    private static float Clamp(float probability) => float.IsNaN(probability) ? 0 : Math.Clamp(probability, 0, 1);
}
