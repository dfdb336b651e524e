using SentimentDashboard.Monitoring;

namespace SentimentDashboard.Api;

/// <summary>A monitor as the API shows it.</summary>
public sealed record MonitorResponse(long Id, string Kind, string Target, bool Paused, string State, string? LastError, DateTimeOffset? LastItemAt, DateTimeOffset CreatedAt)
{
    public static MonitorResponse Of(MonitorInfo monitor) => new(
        monitor.Id, MonitorTargets.KindName(monitor.Kind), monitor.Target, monitor.Paused, monitor.State.ToString().ToLowerInvariant(),
        monitor.LastError, monitor.LastItemAt, monitor.CreatedAt);
}
