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
    public string Sentiment => ClassificationTask.Sentiment.Labels[ArgMax([Negative, Neutral, Positive])];

    /// <summary>anger, joy, optimism or sadness.</summary>
    public string Emotion => ClassificationTask.Emotion.Labels[ArgMax([Anger, Joy, Optimism, Sadness])];

    /// <summary>The probability of the winning sentiment label.</summary>
    public float SentimentScore => Math.Max(Negative, Math.Max(Neutral, Positive));

    private static int ArgMax(ReadOnlySpan<float> values) => BatchScoring.ArgMax(values);
}
