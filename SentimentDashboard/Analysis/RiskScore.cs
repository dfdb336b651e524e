namespace SentimentDashboard.Analysis;

/// <summary>
/// How much attention a post deserves, in [0, 1], from the models' probabilities:
/// <c>risk = 1 − (1 − hate) · (1 − 0.7 · offensive) · (1 − 0.3 · negative)</c>.
/// Each signal alone can push the risk up to its weight (hate fully, offensive language to 0.7, negativity to 0.3:
/// a merely negative post is not a risky one), signals reinforce each other like independent alarms, and the
/// result never leaves [0, 1] for probabilities in [0, 1]. A calm post (hate 0.05, offensive 0.1, negative 0.1)
/// scores about 0.14.
/// </summary>
public static class RiskScore
{
    public const float OffensiveWeight = 0.7f;
    public const float NegativeWeight = 0.3f;

    public static float Compute(float hate, float offensive, float negative)
    {
        var calm = (1 - Clamp(hate)) * (1 - (OffensiveWeight * Clamp(offensive))) * (1 - (NegativeWeight * Clamp(negative)));
        return Clamp(1 - calm);
    }

    private static float Clamp(float probability) => float.IsNaN(probability) ? 0 : Math.Clamp(probability, 0, 1);
}
