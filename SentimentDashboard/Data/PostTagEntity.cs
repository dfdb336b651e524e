namespace SentimentDashboard.Data;

/// <summary>One hashtag of a post (table PostTags), with the post's time so "top tags in a range" reads one index.</summary>
public sealed class PostTagEntity
{
    public long PostId { get; set; }

    public required string Tag { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
