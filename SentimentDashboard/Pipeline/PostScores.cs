using SentimentDashboard.Classification;

namespace SentimentDashboard.Pipeline;

/// <summary>Every model's probabilities for one post, and the risk derived from them (<see cref="Analysis.RiskScore"/>).</summary>
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
    /// <summary>negative, neutral or positive.</summary>
    public string Sentiment => ClassificationTask.Sentiment.Labels[BatchScoring.ArgMax([Negative, Neutral, Positive])];

    /// <summary>anger, joy, optimism or sadness.</summary>
    public string Emotion => ClassificationTask.Emotion.Labels[BatchScoring.ArgMax([Anger, Joy, Optimism, Sadness])];
}
