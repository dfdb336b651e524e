namespace SentimentDashboard.Monitoring.Bluesky;

/// <summary>The record collection of a commit, of those monitoring reads.</summary>
internal enum JetstreamCollection
{
    Other,
    Post,
    Like,
    Repost,
}
