namespace SentimentDashboard.Monitoring;

/// <summary>A running monitor's latest reported state and message, when it changed, and posts committed per minute.</summary>
public sealed record MonitorLiveStatus(MonitorState State, string? Message, DateTimeOffset ChangedAt, double ItemsPerMinute);
