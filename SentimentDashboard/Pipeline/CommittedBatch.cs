namespace SentimentDashboard.Pipeline;

/// <summary>
/// What one store transaction changed: new posts (duplicates left out), edited posts (new text and scores), and the
/// database ids of posts deleted at their source. <see cref="CommittedAt"/> is when it was committed.
/// <see cref="Engaged"/> counts the engagement counts changed (a like, repost, reply or withdrawal counted once per post).
/// </summary>
public sealed record CommittedBatch(
    IReadOnlyList<LivePost> Added,
    IReadOnlyList<LivePost> Updated,
    IReadOnlyList<long> Deleted,
    DateTimeOffset CommittedAt)
{
    public int Engaged { get; init; }
}
