using SentimentDashboard.Monitoring;

namespace SentimentDashboard.Data;

/// <summary>A stored monitor (table Monitors). Its cursor and last item time are written by the store with the posts.</summary>
public sealed class MonitorEntity
{
    public long Id { get; set; }

    public MonitorKind Kind { get; set; }

    /// <summary>What to watch as given (for a replay, the file's full path).</summary>
    public required string Target { get; set; }

    /// <summary>The target in canonical form; (Kind, NormalizedTarget) is unique, which refuses duplicates.</summary>
    public required string NormalizedTarget { get; set; }

    public bool Paused { get; set; }

    public string? Cursor { get; set; }

    public MonitorState State { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? LastItemAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
