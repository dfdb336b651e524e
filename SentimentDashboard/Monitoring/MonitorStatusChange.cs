namespace SentimentDashboard.Monitoring;

/// <summary>A monitor's new status, as published by <see cref="MonitorStatusBoard.Subscribe"/>.</summary>
public sealed record MonitorStatusChange(long MonitorId, MonitorLiveStatus Status);
