using SentimentDashboard.Monitoring;

namespace SentimentDashboard.Data;

/// <summary>
/// Which posts are "the same post": (kind, dedupe scope, source id) is unique. A Mastodon status id names one status
/// whichever monitor saw it, so those ids share one scope per kind; a replay file's line numbers or a live stream's
/// segments only mean something within their own monitor, so each such monitor is its own scope.
/// </summary>
public static class PostIdentity
{
    public static long DedupeScope(MonitorKind kind, long monitorId) => kind is MonitorKind.Replay or MonitorKind.Live ? monitorId : 0;
}
