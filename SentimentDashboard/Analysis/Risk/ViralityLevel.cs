namespace SentimentDashboard.Analysis.Risk;

/// <summary>How fast a post or a live draws attention (<see cref="ViralityEstimator"/>).</summary>
public enum ViralityLevel
{
    Low,
    Medium,
    High,
}
