using System.Text.Json.Serialization;

namespace SentimentDashboard.Review;

/// <summary>The body of <c>POST /api/reviews/{id}/decision</c>; a relabelling names all four labels.</summary>
public sealed record ReviewDecisionRequest(
    [property: JsonPropertyName("decision")] string? Decision,
    [property: JsonPropertyName("hate")] bool? Hate,
    [property: JsonPropertyName("offensive")] bool? Offensive,
    [property: JsonPropertyName("sentiment")] string? Sentiment,
    [property: JsonPropertyName("category")] string? Category,
    [property: JsonPropertyName("note")] string? Note);
