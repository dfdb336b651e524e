namespace SentimentDashboard.Analysis.Risk.SecondOpinion;

/// <summary>
/// What the LLM made of an item, in the seed's shape and in <see cref="RiskNames"/>' words: <paramref name="Category"/>
/// as <see cref="RiskCategory"/>'s, <paramref name="Virality"/> as <see cref="ViralityLevel"/>'s, <paramref name="Target"/>
/// null or as <see cref="HateTarget"/>'s; <paramref name="Score"/> in [0, 1]; <paramref name="Model"/> the model that answered.
/// </summary>
public sealed record SecondOpinion(string Category, string Virality, bool Hate, string? Target, string Justification, float Score, string Model);
