namespace SentimentDashboard.Classification.Features;

/// <summary>Sparse features are L2-normalised per block, so word and character n-grams weigh alike whatever their counts.</summary>
public enum FeatureBlock : byte
{
    Word = 0,
    Char = 1,
}
