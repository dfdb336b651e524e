namespace SentimentDashboard.Classification.Features;

/// <summary>One emitted feature and the token it came from; used to explain a prediction in terms of words.</summary>
public readonly record struct FeatureTrace(int Token, FeatureBlock Block, int Bucket);
