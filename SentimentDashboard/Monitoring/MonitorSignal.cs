namespace SentimentDashboard.Monitoring;

/// <summary>A monitor to look at again: its definition changed, or (<see cref="StatusOnly"/>) only its reported status.</summary>
public sealed record MonitorSignal(long MonitorId, bool StatusOnly);
