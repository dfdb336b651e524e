namespace SentimentDashboard.Monitoring;

/// <summary>What a monitor watches; the lower-case name is the KIND of <c>--monitor KIND:TARGET</c>.</summary>
public enum MonitorKind
{
    Replay,
    Mastodon,
    Bluesky,
    Rss,
    Live,
}
