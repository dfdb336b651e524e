namespace SentimentDashboard.Data;

/// <summary>Which count of a post an engagement record raises.</summary>
public enum EngagementKind
{
    Like,
    Repost,
    Reply,
}
