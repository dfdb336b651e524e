namespace SentimentDashboard.Data;

/// <summary>
/// One like, repost or reply counted into a post's Favourites, Reblogs or Replies (table PostEngagements): the record
/// is counted once however often the stream delivers it, and its deletion finds the count it raised.
/// </summary>
public sealed class PostEngagementEntity
{
    /// <summary>The record's id at its source, e.g. <c>at://DID/app.bsky.feed.like/RKEY</c>.</summary>
    public required string RecordId { get; set; }

    public long PostId { get; set; }

    public EngagementKind Kind { get; set; }
}
