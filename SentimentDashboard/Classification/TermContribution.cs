namespace SentimentDashboard.Classification;

/// <summary>How much a term of the text pushed the score of the predicted label (positive) or away from it (negative).</summary>
public sealed record TermContribution(string Term, float Weight);
