namespace SentimentDashboard.Monitoring;

/// <summary>What happened to a post at its source: a new post, an edit, or a deletion.</summary>
public enum PostEventKind
{
    Created,
    Updated,
    Deleted,
}
