namespace SentimentDashboard.Monitoring;

/// <summary>A monitor's health as shown on the dashboard.</summary>
public enum MonitorState
{
    Starting,
    Running,
    Live,
    Offline,
    Paused,
    Error,
    Finished,
}
