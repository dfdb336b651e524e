namespace SentimentDashboard.Api;

public sealed record PredictRequest(string? Text);
