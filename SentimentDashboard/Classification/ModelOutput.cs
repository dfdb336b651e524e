namespace SentimentDashboard.Classification;

/// <summary>What one model says about a text: its label, the probability of each class and the terms that weighed most.</summary>
public sealed record ModelOutput(string Task, string Label, IReadOnlyDictionary<string, float> Scores, IReadOnlyList<string> TopTerms);
