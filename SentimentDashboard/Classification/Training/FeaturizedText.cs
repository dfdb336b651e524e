namespace SentimentDashboard.Classification.Training;

/// <summary>A training text after featurization, before IDF weighting.</summary>
internal sealed record FeaturizedText(int[] Buckets, float[] TermFrequencies, int WordCount, float[]? Dense);
