using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace SentimentDashboard.Monitoring.Mastodon;

/// <summary>
/// Mastodon hashtag, account and public timelines of any instance (see <see cref="MastodonTarget"/> for the target
/// syntax): polled over REST, or streamed when <see cref="MastodonOptions.AccessToken"/> is set for the instance.
/// </summary>
internal sealed class MastodonSource(
    MastodonClient client,
    AccountIds accounts,
    IOptions<MastodonOptions> options,
    TimeProvider time,
    MastodonMetrics metrics,
    ILogger<MastodonSource> logger) : IPostSource
{
    public MonitorKind Kind => MonitorKind.Mastodon;

    public async Task RunAsync(MonitorDefinition monitor, ChannelWriter<RawPost> output, IMonitorStatus status, CancellationToken cancellation)
    {
        MastodonTarget target;
        try
        {
            target = MastodonTarget.Parse(monitor.Target);
        }
        catch (ArgumentException e)
        {
            logger.InvalidTarget(monitor.Id, e.Message);
            status.Report(monitor.Id, MonitorState.Error, e.Message);
            return;
        }

        var run = new MastodonRun(monitor, target, output, status, client, accounts, options.Value, time, metrics, logger);
        try
        {
            await run.RunAsync(cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Stopped: the cursor of the last delivered post is where the next run resumes.
        }
        catch (ChannelClosedException)
        {
            logger.OutputClosed(monitor.Id);
        }
    }
}
