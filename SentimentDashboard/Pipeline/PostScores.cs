using SentimentDashboard.Analysis.Risk;
using SentimentDashboard.Classification;

namespace SentimentDashboard.Pipeline;

/// <summary>
/// Every model's probabilities for one post (as the models give them: labels are their argmax), and the risk derived
/// from their prior-corrected values and the post's virality (<see cref="Analysis.RiskScore"/>, <see cref="Assessment"/>).
/// </summary>
public sealed record PostScores(
    float Negative,
    float Neutral,
    float Positive,
    float Hate,
    float Offensive,
    float Anger,
    float Joy,
    float Optimism,
    float Sadness,
    float Risk)
{
    /// <summary>The risk analysis behind <see cref="Risk"/>; null for scores written without one (tests of other stages).</summary>
    public RiskAssessment? Assessment { get; init; }

    /// <summary>negative, neutral or positive.</summary>
    public string Sentiment => ClassificationTask.Sentiment.Labels[BatchScoring.ArgMax([Negative, Neutral, Positive])];

    /// <summary>anger, joy, optimism or sadness.</summary>
    public string Emotion => ClassificationTask.Emotion.Labels[BatchScoring.ArgMax([Anger, Joy, Optimism, Sadness])];
}
