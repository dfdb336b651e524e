namespace SentimentDashboard.Classification.Models;

/// <summary>Weight of each feature block after its L2 normalisation: the relative say of word n-grams, character n-grams and word vectors.</summary>
public sealed record BlockScales(float Word = 1f, float Char = 1f, float Dense = 1f);
