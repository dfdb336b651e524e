namespace SentimentDashboard.Analysis.Risk;

/// <summary>What a post is, for a moderator: the first that applies of hateful, polemic, potentially viral, neutral.</summary>
public enum RiskCategory
{
    Neutral,
    Polemic,
    PotentiallyViral,
    Hateful,
}
