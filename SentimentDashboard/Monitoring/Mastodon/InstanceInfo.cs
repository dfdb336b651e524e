using System.Text.Json;

namespace SentimentDashboard.Monitoring.Mastodon;

/// <summary>What <c>/api/v2/instance</c> tells a monitor: where to stream, and who may read its timeline.</summary>
/// <param name="StreamingUrl">The streaming server's root as http(s), or null when it is the instance itself.</param>
/// <param name="Access">
/// Mastodon 4.5's <c>timelines_access</c> for the monitored timeline: <c>public</c>, <c>authenticated</c> or
/// <c>disabled</c> (the most restrictive of its local and remote parts), or null when the instance does not say.
/// </param>
internal sealed record InstanceInfo(Uri? StreamingUrl, string? Access)
{
    public static InstanceInfo Parse(JsonElement instance, MastodonTimeline timeline)
    {
        var configuration = Property(instance, "configuration");
        var streaming = Property(Property(configuration, "urls"), "streaming")?.GetString();
        var feeds = Property(Property(configuration, "timelines_access"), timeline == MastodonTimeline.Hashtag ? "hashtag_feeds" : "live_feeds");
        string?[] parts = timeline == MastodonTimeline.Local
            ? [Property(feeds, "local")?.GetString()]
            : [Property(feeds, "local")?.GetString(), Property(feeds, "remote")?.GetString()];
        return new InstanceInfo(ToHttp(streaming), parts.MaxBy(Restriction));
    }

    private static int Restriction(string? access) => access switch
    {
        "disabled" => 2,
        "authenticated" => 1,
        _ => 0,
    };

    private static JsonElement? Property(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static Uri? ToHttp(string? streaming)
    {
        if (!Uri.TryCreate(streaming, UriKind.Absolute, out var url))
        {
            return null;
        }

        var scheme = url.Scheme switch
        {
            "wss" or "https" => Uri.UriSchemeHttps,
            "ws" or "http" => Uri.UriSchemeHttp,
            _ => null,
        };
        return scheme is null ? null : new UriBuilder(url) { Scheme = scheme, Path = "/" }.Uri;
    }
}
