namespace SentimentDashboard.Classification;

/// <summary>One model's verdict on one text: the winning label and the calibrated probability of every label.</summary>
public sealed record Prediction(string Task, string Label, IReadOnlyDictionary<string, float> Scores);
