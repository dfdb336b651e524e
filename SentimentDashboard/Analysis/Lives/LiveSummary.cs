namespace SentimentDashboard.Analysis.Lives;

/// <summary>One live broadcast as the Lives pages list it.</summary>
public sealed record LiveSummary(
    long Id,
    long MonitorId,
    string Target,
    string? Title,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    int? Viewers,
    int? PeakViewers,
    int Segments,
    int DroppedSegments,
    int Reconnects)
{
    public bool IsLive => EndedAt is null;

    public TimeSpan Duration(DateTimeOffset now) => (EndedAt ?? now) - StartedAt;

    /// <summary>The posts of this live: its monitor's, from its start to its end (open-ended while live).</summary>
    public PostFilter Posts(DateTimeOffset now) => new()
    {
        MonitorId = MonitorId,
        Range = TimeRange.Absolute(StartedAt, (EndedAt ?? now).AddMinutes(1)),
    };
}
