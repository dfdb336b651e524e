namespace SentimentDashboard.Monitoring;

/// <summary>What happened to a post at its source: a new post, an edit, or a deletion; or, for a checkpoint, no post at all.</summary>
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
}
