using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace SentimentDashboard.Monitoring.Rss;

/// <summary>RSS 2.0 and Atom feeds (news, blogs, forums, YouTube channels), each read on its own schedule by an <see cref="RssRun"/>.</summary>
internal sealed class RssSource(FeedClient client, IOptions<RssOptions> options, TimeProvider time, ILogger<RssSource> logger) : IPostSource
{
    public MonitorKind Kind => MonitorKind.Rss;

    public async Task RunAsync(MonitorDefinition monitor, ChannelWriter<RawPost> output, IMonitorStatus status, CancellationToken cancellation)
    {
        if (MonitorTargets.Problem(MonitorKind.Rss, monitor.Target) is { } problem)
        {
            logger.InvalidTarget(monitor.Id, problem);
            status.Report(monitor.Id, MonitorState.Error, problem);
            return;
        }

        var run = new RssRun(monitor, new Uri(monitor.Target.Trim()), output, status, client, options.Value, time, logger);
        try
        {
            await run.RunAsync(cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Stopped; the next run reads the feed again and the store drops what it already has.
        }
        catch (ChannelClosedException)
        {
            logger.OutputClosed(monitor.Id);
        }
    }
}
