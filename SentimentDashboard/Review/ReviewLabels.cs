using System.Text.Json.Serialization;

namespace SentimentDashboard.Review;

/// <summary>Labels of one item, the models' or a person's; null where a decision says nothing.</summary>
public sealed record ReviewLabels(
    [property: JsonPropertyName("hate")] bool? Hate,
    [property: JsonPropertyName("offensive")] bool? Offensive,
    [property: JsonPropertyName("sentiment")] string? Sentiment,
    [property: JsonPropertyName("category")] string? Category);
