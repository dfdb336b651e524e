namespace SentimentDashboard.Data;

/// <summary>
/// One live broadcast of a live monitor (table Lives): open while <see cref="EndedAt"/> is null. Its transcript
/// segments are the monitor's posts created between <see cref="StartedAt"/> and <see cref="EndedAt"/>.
/// </summary>
public sealed class LiveEntity
{
    public long Id { get; set; }

    public long MonitorId { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    public string? Title { get; set; }

    /// <summary>The latest viewer count the source gave, and the highest seen during the live.</summary>
    public int? Viewers { get; set; }

    public int? PeakViewers { get; set; }

    public int Segments { get; set; }

    /// <summary>Segments dropped because transcription fell behind (the bounded queue was full).</summary>
    public int DroppedSegments { get; set; }

    /// <summary>Captures that broke off (stall, dropped connection, ffmpeg crash) and were resumed.</summary>
    public int Reconnects { get; set; }

    public DateTimeOffset? LastSegmentAt { get; set; }
}
