namespace SentimentDashboard.Monitoring;

/// <summary>A monitor's health as shown on the dashboard.</summary>
public enum MonitorState
{
    Starting,
    Running,
    Live,

    /// <summary>A live monitor's page or stream exists but is not broadcasting.</summary>
    Online,
    Offline,
    Paused,
    Error,
    Finished,
}
