namespace SentimentDashboard.Monitoring;

/// <summary>
/// A post as a source delivers it, before cleaning and classification. <see cref="Text"/> is plain text (sources
/// convert HTML). <see cref="Cursor"/> is the source's resume position after this post (e.g. a Mastodon status id, a
/// replay line number); the store commits it in the same transaction as the post, so a restart resumes without loss
/// or duplicates.
/// </summary>
public sealed record RawPost
{
    public required long MonitorId { get; init; }

    /// <summary>The post's id at its source (for a replay, the line's id); unique per monitor kind.</summary>
    public required string SourceId { get; init; }

    public required string Text { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public string? Author { get; init; }

    public string? Language { get; init; }

    public string? Url { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The counts as the source gives them with the post; null when it does not (a new post starts at 0, an edit keeps the stored counts).</summary>
    public int? Reblogs { get; init; }

    public int? Favourites { get; init; }

    public int? Replies { get; init; }

    /// <summary>For a live's transcript segment: the live's viewers when the source gives them, and their change per minute.</summary>
    public int? Viewers { get; init; }

    public double? ViewerGrowthPerMinute { get; init; }

    public bool Sensitive { get; init; }

    public string? SpoilerText { get; init; }

    public PostEventKind Event { get; init; } = PostEventKind.Created;

    public string? Cursor { get; init; }

    /// <summary>For an engagement event (<see cref="PostEventKind.Liked"/> …): the source's id of the like, repost or reply.</summary>
    public string? RecordId { get; init; }
}
