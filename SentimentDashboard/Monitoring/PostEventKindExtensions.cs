namespace SentimentDashboard.Monitoring;

public static class PostEventKindExtensions
{
    /// <summary>A like, repost or reply of a stored post, or its withdrawal: it changes counts, not posts.</summary>
    public static bool IsEngagement(this PostEventKind kind) =>
        kind is PostEventKind.Liked or PostEventKind.Reposted or PostEventKind.Replied or PostEventKind.Withdrawn;
}
