using System.Text.Json;

namespace SentimentDashboard.Tests.Fakes;

/// <summary>A request <see cref="FakeChatCompletionsServer"/> received: where, with which Authorization header, and its JSON body.</summary>
public sealed record FakeChatRequest(string Path, string? Authorization, JsonElement Body)
{
    public string? Model => Body.TryGetProperty("model", out var model) ? model.GetString() : null;

    /// <summary><c>response_format.type</c>, e.g. json_object; null when not asked.</summary>
    public string? ResponseFormat =>
        Body.TryGetProperty("response_format", out var format) && format.TryGetProperty("type", out var type) ? type.GetString() : null;

    public double? Temperature => Body.TryGetProperty("temperature", out var t) ? t.GetDouble() : null;

    public string SystemMessage => Message("system");

    public string UserMessage => Message("user");

    private string Message(string role) => string.Concat(Body.GetProperty("messages").EnumerateArray()
        .Where(m => m.GetProperty("role").GetString() == role)
        .Select(m => m.GetProperty("content") is { ValueKind: JsonValueKind.String } text
            ? text.GetString()
            : string.Concat(m.GetProperty("content").EnumerateArray().Select(p => p.GetProperty("text").GetString()))));
}
