using System.Threading.Channels;

namespace SentimentDashboard.Monitoring;

/// <summary>Tells the monitoring service what happened: a monitor was added, paused, resumed or deleted, or a status changed.</summary>
public sealed class MonitorSignals
{
    private readonly Channel<MonitorSignal> _channel = Channel.CreateUnbounded<MonitorSignal>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<MonitorSignal> Reader => _channel.Reader;

    public void Changed(long monitorId) => _channel.Writer.TryWrite(new MonitorSignal(monitorId, StatusOnly: false));

    public void StatusChanged(long monitorId) => _channel.Writer.TryWrite(new MonitorSignal(monitorId, StatusOnly: true));
}
