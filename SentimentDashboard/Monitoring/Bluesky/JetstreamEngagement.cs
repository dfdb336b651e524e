using System.Text;

namespace SentimentDashboard.Monitoring.Bluesky;

/// <summary>
/// The likes, reposts and replies of one monitor's stored posts (<see cref="BlueskyOptions.Engagement"/>), and the
/// deletion of those it counted. Nearly every like on the firehose is of another post: it is turned away by one hash
/// lookup of its subject, read from the frame's bytes, with nothing allocated. The records counted are remembered
/// (the newest <see cref="RememberedRecords"/>, across restarts) to recognise their deletion, which carries no subject.
/// </summary>
internal sealed class JetstreamEngagement(RecentIds storedPosts, IEnumerable<string> countedRecords)
{
    public const int RememberedRecords = 20_000;

    private readonly RecentIds counted = RecentIds.Of(countedRecords, RememberedRecords);

    /// <summary>What the event changes in the monitor's counts, or null.</summary>
    public EngagementMatch? Match(in JetstreamEvent read)
    {
        if (read.Kind != JetstreamEventKind.Commit)
        {
            return null;
        }

        if (read.Operation == JetstreamOperation.Delete)
        {
            return read.Collection != JetstreamCollection.Other && read.UriIsIn(counted) ? new EngagementMatch(PostEventKind.Withdrawn, "", read.Uri()) : null;
        }

        if (read.Operation != JetstreamOperation.Create)
        {
            return null;
        }

        var subject = read.Collection switch
        {
            JetstreamCollection.Like or JetstreamCollection.Repost => read.Subject,
            JetstreamCollection.Post => read.ReplyParent,
            _ => default,
        };
        if (!JetstreamEvent.IsIn(subject, storedPosts))
        {
            return null;
        }

        var kind = read.Collection switch
        {
            JetstreamCollection.Like => PostEventKind.Liked,
            JetstreamCollection.Repost => PostEventKind.Reposted,
            _ => PostEventKind.Replied,
        };

        // Delivered again (a resumed stream re-reads a few seconds): the store would ignore it, so it is not sent.
        if (read.UriIsIn(counted))
        {
            return null;
        }

        var record = read.Uri();
        counted.Add(record);
        return new EngagementMatch(kind, Encoding.UTF8.GetString(subject), record);
    }
}
