namespace SentimentDashboard.Data;

/// <summary>
/// Which posts are "the same post": (kind, dedupe scope, source id) is unique. Ids only mean something within their
/// source: Mastodon status ids are assigned per instance (two instances can both have status 42), a replay file's
/// line numbers belong to that file, a live stream's segments to that stream. So each monitor is its own scope: a
/// post is stored once per monitor, across restarts, reconnects and re-reads, and deletions find it by its own id.
/// </summary>
public static class PostIdentity
{
    public static long DedupeScope(long monitorId) => monitorId;
}
