using System.Text.Json.Serialization;

namespace SentimentDashboard.Alerts;

/// <summary>One alert as <c>GET /api/alerts</c> returns it (snake_case, as the product's contract names the fields).</summary>
public sealed record AlertResponse(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("created_at")] DateTimeOffset CreatedAt,
    [property: JsonPropertyName("updated_at")] DateTimeOffset UpdatedAt,
    [property: JsonPropertyName("rule")] string Rule,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("detail")] string? Detail,
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("monitor_id")] long? MonitorId,
    [property: JsonPropertyName("monitor")] string? Monitor,
    [property: JsonPropertyName("acknowledged_at")] DateTimeOffset? AcknowledgedAt,
    [property: JsonPropertyName("acknowledged_by")] string? AcknowledgedBy,
    [property: JsonPropertyName("note")] string? Note)
{
    public static AlertResponse Of(AlertRow a) => new(
        a.Id, a.CreatedAt, a.UpdatedAt, a.Rule, a.Kind.ToString().ToLowerInvariant(), a.Severity.ToString().ToLowerInvariant(), a.Title, a.Detail, a.Count,
        a.MonitorId, a.Monitor, a.AcknowledgedAt, a.AcknowledgedBy, a.AcknowledgeNote);
}
