using System.Text.Json.Nodes;

namespace SentimentDashboard.Tests.Fakes;

/// <summary>An account of <see cref="FakeMastodonServer"/>, shaped like Mastodon's Account entity.</summary>
public sealed record FakeAccount(string Id, string Username, string Acct)
{
    public static FakeAccount Alice { get; } = new("109000000000000001", "alice", "alice");

    public static FakeAccount Bob { get; } = new("109000000000000002", "bob", "bob@other.example");

    public JsonObject ToJson(Uri server) => new()
    {
        ["id"] = Id,
        ["username"] = Username,
        ["acct"] = Acct,
        ["display_name"] = char.ToUpperInvariant(Username[0]) + Username[1..],
        ["locked"] = false,
        ["bot"] = false,
        ["discoverable"] = true,
        ["group"] = false,
        ["created_at"] = "2022-11-13T00:00:00.000Z",
        ["note"] = "<p>Reads the news so you don&#39;t have to.</p>",
        ["url"] = new Uri(server, $"@{Username}").ToString(),
        ["avatar"] = new Uri(server, "avatars/original/missing.png").ToString(),
        ["avatar_static"] = new Uri(server, "avatars/original/missing.png").ToString(),
        ["header"] = new Uri(server, "headers/original/missing.png").ToString(),
        ["header_static"] = new Uri(server, "headers/original/missing.png").ToString(),
        ["followers_count"] = 42,
        ["following_count"] = 7,
        ["statuses_count"] = 1234,
        ["last_status_at"] = "2026-11-22",
        ["emojis"] = new JsonArray(),
        ["fields"] = new JsonArray(),
    };
}
