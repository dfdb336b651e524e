using SentimentDashboard.Classification;

namespace SentimentDashboard.Api;

/// <summary>Every loaded model's verdict on one text: label, class probabilities and the terms that weighed most.</summary>
public sealed record PredictResponse(IReadOnlyList<ModelOutput> Predictions);
