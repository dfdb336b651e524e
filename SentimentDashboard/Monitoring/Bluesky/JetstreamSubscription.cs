using System.Globalization;
using System.Text;
using System.Threading.Channels;
using SentimentDashboard.Pipeline;

namespace SentimentDashboard.Monitoring.Bluesky;

/// <summary>
/// One Bluesky monitor on the shared <see cref="JetstreamFeed"/>: what it keeps, the posts it already delivered (so an
/// event read twice after a reconnection is delivered once, and a deletion or edit of one of them is passed on), their
/// likes, reposts and replies when counted (<paramref name="engagement"/>), and its position in the stream. Its cursor is the <c>time_us</c> of the last event delivered or checkpointed.
/// </summary>
internal sealed class JetstreamSubscription(
    MonitorDefinition monitor,
    JetstreamFilter filter,
    RecentIds delivered,
    JetstreamEngagement? engagement,
    ChannelWriter<RawPost> output,
    IMonitorStatus status,
    long checkpointMicroseconds)
{
    public const int RememberedPosts = 20_000;

    private readonly TaskCompletionSource ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long cursor = ParseCursor(monitor.Cursor);
    private (MonitorState, string?)? reported;

    public long MonitorId => monitor.Id;

    public JetstreamFilter Filter => filter;

    /// <summary>Where the monitor stopped last time (0 for a new one): the feed rewinds to it.</summary>
    public long StartCursor { get; } = ParseCursor(monitor.Cursor);

    /// <summary>Faults when the pipeline stops taking posts.</summary>
    public Task Ended => ended.Task;

    public static long ParseCursor(string? cursor) =>
        long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

    /// <summary>What this monitor does with the event: a post to deliver, a deletion or edit to pass on, a checkpoint, or null.</summary>
    public RawPost? Take(in JetstreamEvent read, DateTimeOffset now)
    {
        if (read.Kind == JetstreamEventKind.Commit && read.IsPost)
        {
            switch (read.Operation)
            {
                case JetstreamOperation.Create when filter.Matches(read):
                    return Deliver(read, PostEventKind.Created, now);
                case JetstreamOperation.Update when filter.Matches(read) || (filter.IsWatchedAuthor(read.Did) && read.UriIsIn(delivered)):
                    return Deliver(read, PostEventKind.Updated, now);
                case JetstreamOperation.Delete when filter.IsWatchedAuthor(read.Did) && read.UriIsIn(delivered):
                    return Move(new RawPost { MonitorId = monitor.Id, SourceId = read.Uri(), Text = "", CreatedAt = now, Event = PostEventKind.Deleted }, read.TimeUs);
            }
        }

        return read.TimeUs - cursor >= checkpointMicroseconds
            ? Move(new RawPost { MonitorId = monitor.Id, SourceId = "", Text = "", CreatedAt = now, Event = PostEventKind.Checkpoint }, read.TimeUs)
            : null;
    }

    /// <summary>A like, repost or reply of a post this monitor delivered, or the deletion of one it counted; null otherwise, and when engagement is not counted.</summary>
    public RawPost? TakeEngagement(in JetstreamEvent read, DateTimeOffset now) =>
        engagement?.Match(read) is { } match
            ? Move(new RawPost { MonitorId = monitor.Id, SourceId = match.SourceId, RecordId = match.RecordId, Text = "", CreatedAt = now, Event = match.Event }, read.TimeUs)
            : null;

    public void Report(MonitorState state, string? message)
    {
        if (reported != (state, message))
        {
            reported = (state, message);
            status.Report(monitor.Id, state, message);
        }
    }

    public ValueTask WriteAsync(RawPost post, CancellationToken cancellation) =>
        output.TryWrite(post) ? ValueTask.CompletedTask : output.WriteAsync(post, cancellation);

    public void End(Exception reason) => ended.TrySetException(reason);

    private RawPost? Deliver(in JetstreamEvent read, PostEventKind kind, DateTimeOffset now)
    {
        var uri = read.Uri();
        if (kind == PostEventKind.Created && !delivered.Add(uri))
        {
            return null;
        }

        delivered.Add(uri);
        return Move(
            new RawPost
            {
                MonitorId = monitor.Id,
                SourceId = uri,
                Text = PostText.Truncate(new string(read.Text)),
                CreatedAt = read.Created() ?? now,
                Author = Encoding.UTF8.GetString(read.Did),
                Language = read.Language(),
                Url = read.Link(),
                Event = kind,
            },
            read.TimeUs);
    }

    /// <summary>Gives the post the cursor of its event; a cursor never moves back (a rewind re-reads what is committed).</summary>
    private RawPost Move(RawPost post, long timeUs)
    {
        cursor = Math.Max(cursor, timeUs);
        return post with { Cursor = cursor.ToString(CultureInfo.InvariantCulture) };
    }
}
