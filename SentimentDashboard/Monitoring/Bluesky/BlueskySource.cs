using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SentimentDashboard.Data;

namespace SentimentDashboard.Monitoring.Bluesky;

/// <summary>
/// Bluesky posts from the public Jetstream firehose (no account), kept by a <see cref="BlueskyQuery"/>: every Bluesky
/// monitor subscribes to the one <see cref="JetstreamFeed"/>. The posts the monitor stored last are remembered, so
/// their deletions and edits reach the store after a restart too.
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

        var stored = await StoredIdsAsync(monitor.Id, cancellation);
        var subscription = new JetstreamSubscription(
            monitor, new JetstreamFilter(query), stored, output, status, options.Value.CheckpointSeconds * 1_000_000L);
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
    private async Task<List<string>> StoredIdsAsync(long monitorId, CancellationToken cancellation)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellation);
        var newest = await context.Posts.AsNoTracking()
            .Where(p => p.MonitorId == monitorId && !p.Deleted)
            .OrderByDescending(p => p.Id)
            .Select(p => p.SourceId)
            .Take(JetstreamSubscription.RememberedPosts)
            .ToListAsync(cancellation);
        newest.Reverse();
        return newest;
    }
}
