namespace SentimentDashboard.Monitoring;

/// <summary>Where a source reports its state; the monitoring service shows it and stores it.</summary>
public interface IMonitorStatus
{
    void Report(long monitorId, MonitorState state, string? message = null);
}
