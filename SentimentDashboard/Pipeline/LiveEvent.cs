namespace SentimentDashboard.Pipeline;

/// <summary>A live monitor went live, its live changed (title, viewers, segment counts), or the live ended.</summary>
public sealed record LiveEvent(LiveEventKind Kind, long LiveId, long MonitorId, DateTimeOffset At, string? Title);
