using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SentimentDashboard.Data;

namespace SentimentDashboard.Monitoring.Bluesky;

/// <summary>
/// Bluesky posts from the public Jetstream firehose (no account), kept by a <see cref="BlueskyQuery"/>: every Bluesky
/// monitor subscribes to the one <see cref="JetstreamFeed"/>. The posts the monitor stored last are remembered, so
/// their deletions and edits (and, with <see cref="BlueskyOptions.Engagement"/>, their likes, reposts and replies, and
/// the deletion of those counted) reach the store after a restart too.
/// </summary>
internal sealed class BlueskySource(
    JetstreamFeed feed,
    IDbContextFactory<DashboardDbContext> contexts,
    IOptions<BlueskyOptions> options,
    ILogger<BlueskySource> logger) : IPostSource
{
    public MonitorKind Kind => MonitorKind.Bluesky;

    public async Task RunAsync(MonitorDefinition monitor, ChannelWriter<RawPost> output, IMonitorStatus status, CancellationToken cancellation)
    {
        if (!BlueskyQuery.TryParse(monitor.Target, out var query, out var problem))
        {
            logger.InvalidTarget(monitor.Id, problem!);
            status.Report(monitor.Id, MonitorState.Error, problem);
            return;
        }

        var stored = RecentIds.Of(await StoredIdsAsync(monitor.Id, cancellation), JetstreamSubscription.RememberedPosts);
        var engagement = options.Value.Engagement ? new JetstreamEngagement(stored, await CountedRecordsAsync(monitor.Id, cancellation)) : null;
        var subscription = new JetstreamSubscription(
            monitor, new JetstreamFilter(query), stored, engagement, output, status, options.Value.CheckpointSeconds * 1_000_000L);
        try
        {
            await feed.RunAsync(subscription, cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Stopped: the cursor committed with the last post or checkpoint is where the next run resumes.
        }
        catch (ChannelClosedException)
        {
            logger.OutputClosed(monitor.Id);
        }
    }

    /// <summary>The source ids of the monitor's newest stored posts, oldest first.</summary>
    private Task<List<string>> StoredIdsAsync(long monitorId, CancellationToken cancellation) => OldestFirstAsync(
        context => context.Posts
            .Where(p => p.MonitorId == monitorId && !p.Deleted)
            .OrderByDescending(p => p.Id)
            .Select(p => p.SourceId)
            .Take(JetstreamSubscription.RememberedPosts),
        cancellation);

    /// <summary>The likes, reposts and replies counted for the monitor's newest posts, oldest first: their deletions are recognised.</summary>
    private Task<List<string>> CountedRecordsAsync(long monitorId, CancellationToken cancellation) => OldestFirstAsync(
        context => context.PostEngagements
            .Join(context.Posts.Where(p => p.MonitorId == monitorId), e => e.PostId, p => p.Id, (e, p) => e)
            .OrderByDescending(e => e.PostId)
            .Select(e => e.RecordId)
            .Take(JetstreamEngagement.RememberedRecords),
        cancellation);

    private async Task<List<string>> OldestFirstAsync(Func<DashboardDbContext, IQueryable<string>> newestFirst, CancellationToken cancellation)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellation);
        var ids = await newestFirst(context).ToListAsync(cancellation);
        ids.Reverse();
        return ids;
    }
}
