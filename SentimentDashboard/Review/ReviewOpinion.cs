using System.Text.Json.Serialization;

namespace SentimentDashboard.Review;

/// <summary>The LLM's answer for one item, or the error that stood in for it.</summary>
public sealed record ReviewOpinion(
    [property: JsonPropertyName("category")] string? Category,
    [property: JsonPropertyName("virality")] string? Virality,
    [property: JsonPropertyName("hate")] bool? Hate,
    [property: JsonPropertyName("target")] string? Target,
    [property: JsonPropertyName("justification")] string? Justification,
    [property: JsonPropertyName("score")] float? Score,
    [property: JsonPropertyName("model")] string? Model,
    [property: JsonPropertyName("error")] string? Error,
    [property: JsonPropertyName("at")] DateTimeOffset At);
