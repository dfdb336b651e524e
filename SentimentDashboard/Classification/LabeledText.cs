namespace SentimentDashboard.Classification;

/// <summary>One training or evaluation example: a raw text and its label index in the task's label order.</summary>
public sealed record LabeledText(string Text, int Label);
