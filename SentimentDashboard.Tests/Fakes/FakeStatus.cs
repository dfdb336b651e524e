using System.Text.Json.Nodes;

namespace SentimentDashboard.Tests.Fakes;

/// <summary>A status of <see cref="FakeMastodonServer"/>; <see cref="ToJson"/> shapes it like Mastodon's Status entity.</summary>
public sealed record FakeStatus
{
    public required string Id { get; init; }

    /// <summary>The <c>content</c> field: HTML, as Mastodon serves it.</summary>
    public required string Html { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public FakeAccount Account { get; init; } = FakeAccount.Alice;

    public IReadOnlyList<string> Tags { get; init; } = ["news"];

    /// <summary>Posted on this instance (in the local timeline) rather than federated from another.</summary>
    public bool Local { get; init; } = true;

    public string? Language { get; init; } = "en";

    public bool Sensitive { get; init; }

    public string SpoilerText { get; init; } = "";

    public int Replies { get; init; } = 1;

    public int Reblogs { get; init; } = 2;

    public int Favourites { get; init; } = 3;

    public bool WithMedia { get; init; }

    /// <summary>When set, this status is a boost of <see cref="Reblog"/> by <see cref="Account"/>.</summary>
    public FakeStatus? Reblog { get; init; }

    public JsonObject ToJson(Uri server)
    {
        var url = new Uri(server, $"@{Account.Username}/{Id}").ToString();
        return new JsonObject
        {
            ["id"] = Id,
            ["created_at"] = CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'"),
            ["in_reply_to_id"] = null,
            ["in_reply_to_account_id"] = null,
            ["sensitive"] = Sensitive,
            ["spoiler_text"] = SpoilerText,
            ["visibility"] = "public",
            ["language"] = Language,
            ["uri"] = new Uri(server, $"users/{Account.Username}/statuses/{Id}").ToString(),
            ["url"] = Reblog is null ? url : null,
            ["replies_count"] = Replies,
            ["reblogs_count"] = Reblogs,
            ["favourites_count"] = Favourites,
            ["edited_at"] = null,
            ["favourited"] = false,
            ["reblogged"] = false,
            ["muted"] = false,
            ["bookmarked"] = false,
            ["content"] = Reblog is null ? Html : "",
            ["filtered"] = new JsonArray(),
            ["reblog"] = Reblog?.ToJson(server),
            ["application"] = new JsonObject { ["name"] = "Web", ["website"] = null },
            ["account"] = Account.ToJson(server),
            ["media_attachments"] = WithMedia ? new JsonArray(Media(server)) : new JsonArray(),
            ["mentions"] = new JsonArray(),
            ["tags"] = new JsonArray([.. Tags.Select(t => (JsonNode)new JsonObject { ["name"] = t, ["url"] = new Uri(server, $"tags/{t}").ToString() })]),
            ["emojis"] = new JsonArray(),
            ["card"] = null,
            ["poll"] = null,
        };
    }

    private JsonObject Media(Uri server) => new()
    {
        ["id"] = Id + "1",
        ["type"] = "image",
        ["url"] = new Uri(server, $"system/media_attachments/files/{Id}/original/photo.jpg").ToString(),
        ["preview_url"] = new Uri(server, $"system/media_attachments/files/{Id}/small/photo.jpg").ToString(),
        ["remote_url"] = null,
        ["text_url"] = null,
        ["meta"] = new JsonObject { ["original"] = new JsonObject { ["width"] = 640, ["height"] = 480, ["size"] = "640x480", ["aspect"] = 1.3333 } },
        ["description"] = "A photo of a newspaper",
        ["blurhash"] = "UFBWY:8_0Jxv%#8_NG%M0Jxv%#8_NG%M",
    };
}
