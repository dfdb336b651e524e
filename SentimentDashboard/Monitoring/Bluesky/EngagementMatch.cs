namespace SentimentDashboard.Monitoring.Bluesky;

/// <summary>A like, repost or reply (<paramref name="RecordId"/>) of the stored post <paramref name="SourceId"/>, or a withdrawal (no post named).</summary>
internal sealed record EngagementMatch(PostEventKind Event, string SourceId, string RecordId);
