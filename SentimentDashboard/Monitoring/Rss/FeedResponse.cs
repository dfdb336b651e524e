namespace SentimentDashboard.Monitoring.Rss;

/// <summary>A feed's answer: its bytes, or none when unchanged since the validators sent (304); the validators for the next request.</summary>
internal sealed record FeedResponse(byte[]? Content, string? ETag, string? LastModified);
