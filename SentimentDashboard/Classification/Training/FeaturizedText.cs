namespace SentimentDashboard.Classification.Training;

/// <summary>A training text after featurization, before IDF weighting; <c>VectorRows</c> feed a word convolution.</summary>
internal sealed record FeaturizedText(int[] Buckets, float[] TermFrequencies, int WordCount, float[]? Dense, int[] VectorRows);
