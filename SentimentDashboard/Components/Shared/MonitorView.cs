using SentimentDashboard.Monitoring;

namespace SentimentDashboard.Components.Shared;

/// <summary>How pages show a monitor: its state now (paused, or what its source last reported) and the message behind it.</summary>
public static class MonitorView
{
    public static string State(MonitorInfo monitor, MonitorLiveStatus? live) =>
        monitor.Paused ? "paused" : (live?.State ?? monitor.State).ToString().ToLowerInvariant();

    public static string? Detail(MonitorInfo monitor, MonitorLiveStatus? live) => monitor.Paused ? null : live?.Message ?? monitor.LastError;

    /// <summary>The KIND:TARGET a person would type on the command line.</summary>
    public static string Name(MonitorInfo monitor) => $"{MonitorTargets.KindName(monitor.Kind)}:{monitor.Target}";

    public static bool IsDemo(MonitorInfo monitor) => MonitoringOptions.DemoMonitors.Contains(Name(monitor));
}
