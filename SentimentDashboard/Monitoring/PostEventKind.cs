namespace SentimentDashboard.Monitoring;

/// <summary>
/// What happened to a post at its source: a new post, an edit, or a deletion; a like, repost or reply of it, or the
/// withdrawal of one (engagement); or, for a checkpoint, no post at all.
/// </summary>
public enum PostEventKind
{
    Created,
    Updated,
    Deleted,

    /// <summary>
    /// No post: the source read this far without finding one for the monitor (a filtered firehose), so only its
    /// <see cref="RawPost.Cursor"/> is committed, in order after the posts before it, and a restart need not read it all again.
    /// </summary>
    Checkpoint,

    /// <summary>The stored post <see cref="RawPost.SourceId"/> was liked by the record <see cref="RawPost.RecordId"/>; each record counts once.</summary>
    Liked,

    /// <summary>As <see cref="Liked"/>, for a repost.</summary>
    Reposted,

    /// <summary>As <see cref="Liked"/>, for a reply (the record is the reply post).</summary>
    Replied,

    /// <summary>The like, repost or reply <see cref="RawPost.RecordId"/> was deleted at its source: the count it raised goes down.</summary>
    Withdrawn,
}
