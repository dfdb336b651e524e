using System.Threading.Channels;

namespace SentimentDashboard.Monitoring;

/// <summary>
/// A kind of monitor's source (Mastodon, replay, ...). <see cref="RunAsync"/> writes posts until cancelled or, for
/// finite sources, until done; it handles its own transient errors (retry with backoff) and reports state through
/// <paramref name="status"/>. It never throws for bad input from the remote side: it logs, counts and goes on.
/// </summary>
public interface IPostSource
{
    MonitorKind Kind { get; }

    Task RunAsync(MonitorDefinition monitor, ChannelWriter<RawPost> output, IMonitorStatus status, CancellationToken cancellation);
}
