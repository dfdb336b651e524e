using System.Globalization;
using System.Text.Json.Nodes;

namespace SentimentDashboard.Tests.Fakes;

/// <summary>
/// One event of Bluesky's Jetstream as its server writes it (<c>did</c>, <c>time_us</c>, <c>kind</c> and a
/// <c>commit</c>, <c>identity</c> or <c>account</c> object), for <see cref="FakeJetstreamServer"/> and the filter tests.
/// </summary>
public sealed record FakeJetstreamEvent(string Did, long TimeUs, string Kind, string? Collection, string Json)
{
    public const string PostCollection = "app.bsky.feed.post";

    public static FakeJetstreamEvent Post(string did, string rkey, long timeUs, string text, string[]? langs = null, string operation = "create", DateTimeOffset? createdAt = null)
    {
        var record = new JsonObject
        {
            ["$type"] = PostCollection,
            ["createdAt"] = (createdAt ?? DateTimeOffset.FromUnixTimeMilliseconds(timeUs / 1000)).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["text"] = text,
            ["facets"] = new JsonArray(new JsonObject { ["index"] = new JsonObject { ["byteStart"] = 0, ["byteEnd"] = 1 }, ["features"] = new JsonArray() }),
        };
        if (langs is not null)
        {
            record["langs"] = new JsonArray([.. langs.Select(l => JsonValue.Create(l))]);
        }

        return Commit(did, timeUs, PostCollection, rkey, operation, record);
    }

    public static FakeJetstreamEvent Delete(string did, string rkey, long timeUs, string collection = PostCollection) =>
        Commit(did, timeUs, collection, rkey, "delete", null);

    public const string LikeCollection = "app.bsky.feed.like";
    public const string RepostCollection = "app.bsky.feed.repost";

    public static FakeJetstreamEvent Like(string did, string rkey, long timeUs, string subjectUri) => Engagement(LikeCollection, did, rkey, timeUs, subjectUri);

    public static FakeJetstreamEvent Repost(string did, string rkey, long timeUs, string subjectUri) => Engagement(RepostCollection, did, rkey, timeUs, subjectUri);

    /// <summary>A post answering <paramref name="parentUri"/> (in a thread started by <paramref name="rootUri"/>, by default the parent).</summary>
    public static FakeJetstreamEvent Reply(string did, string rkey, long timeUs, string text, string parentUri, string? rootUri = null)
    {
        var post = JsonNode.Parse(Post(did, rkey, timeUs, text, ["en"]).Json)!;
        post["commit"]!["record"]!["reply"] = new JsonObject
        {
            ["root"] = new JsonObject { ["cid"] = "bafyreiroot", ["uri"] = rootUri ?? parentUri },
            ["parent"] = new JsonObject { ["cid"] = "bafyreiparent", ["uri"] = parentUri },
        };
        return new FakeJetstreamEvent(did, timeUs, "commit", PostCollection, post.ToJsonString());
    }

    public static FakeJetstreamEvent Identity(string did, long timeUs, string handle) => Other(did, timeUs, "identity", new JsonObject
    {
        ["did"] = did,
        ["handle"] = handle,
        ["seq"] = 1409752997,
        ["time"] = "2026-12-06T10:00:00.000Z",
    });

    public static FakeJetstreamEvent Account(string did, long timeUs, bool active) => Other(did, timeUs, "account", new JsonObject
    {
        ["active"] = active,
        ["did"] = did,
        ["seq"] = 1409753013,
        ["status"] = active ? null : "deactivated",
        ["time"] = "2026-12-06T10:00:00.000Z",
    });

    private static FakeJetstreamEvent Engagement(string collection, string did, string rkey, long timeUs, string subjectUri) =>
        Commit(did, timeUs, collection, rkey, "create", new JsonObject
        {
            ["$type"] = collection,
            ["createdAt"] = "2026-12-06T10:00:00.000Z",
            ["subject"] = new JsonObject { ["cid"] = "bafyreih", ["uri"] = subjectUri },
        });

    private static FakeJetstreamEvent Commit(string did, long timeUs, string collection, string rkey, string operation, JsonObject? record)
    {
        var commit = new JsonObject { ["rev"] = "3l3qo2vuowo2b", ["operation"] = operation, ["collection"] = collection, ["rkey"] = rkey };
        if (record is not null)
        {
            commit["record"] = record;
            commit["cid"] = "bafyreidwaivazkwu67xztlmuobx35hs2lnfh3kolmgfmucldvhd3sgzcqi";
        }

        var json = new JsonObject { ["did"] = did, ["time_us"] = timeUs, ["kind"] = "commit", ["commit"] = commit };
        return new FakeJetstreamEvent(did, timeUs, "commit", collection, json.ToJsonString());
    }

    private static FakeJetstreamEvent Other(string did, long timeUs, string kind, JsonObject body)
    {
        var json = new JsonObject { ["did"] = did, ["time_us"] = timeUs, ["kind"] = kind, [kind] = body };
        return new FakeJetstreamEvent(did, timeUs, kind, null, json.ToJsonString());
    }
}
