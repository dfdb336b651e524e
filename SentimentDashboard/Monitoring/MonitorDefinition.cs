namespace SentimentDashboard.Monitoring;

/// <summary>A monitor as a source needs it: what to watch and where it stopped last time.</summary>
public sealed record MonitorDefinition(long Id, MonitorKind Kind, string Target, string? Cursor);
