namespace SentimentDashboard.Alerts;

public enum AlertSeverity
{
    Info,
    Warning,
    Critical,
}
