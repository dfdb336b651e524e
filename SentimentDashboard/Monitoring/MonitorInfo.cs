namespace SentimentDashboard.Monitoring;

/// <summary>A monitor as pages and the command line see it: what is stored, plus the live status (<see cref="MonitorLiveStatus"/>) when it runs.</summary>
public sealed record MonitorInfo(
    long Id,
    MonitorKind Kind,
    string Target,
    bool Paused,
    MonitorState State,
    string? LastError,
    DateTimeOffset? LastItemAt,
    DateTimeOffset CreatedAt,
    string? Cursor);
