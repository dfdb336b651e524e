using System.Threading.Channels;

namespace SentimentDashboard.Monitoring.Live;

/// <summary>
/// Live audio/video streams: a direct media URL (HTTP audio, HLS, Icecast, RTMP) or a platform page resolved with
/// yt-dlp. Each transcribed segment becomes a post of the monitor; each broadcast is a row of the Lives table.
/// </summary>
public sealed class LiveStreamSource(LiveStreamServices services) : IPostSource
{
    public MonitorKind Kind => MonitorKind.Live;

    public async Task RunAsync(MonitorDefinition monitor, ChannelWriter<RawPost> output, IMonitorStatus status, CancellationToken cancellation)
    {
        try
        {
            await new LiveRun(monitor, output, status, services).RunAsync(cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Paused, deleted or shutting down: an open live stays open and is taken up again by the next run.
        }
    }
}
