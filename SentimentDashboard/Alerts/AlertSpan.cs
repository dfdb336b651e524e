namespace SentimentDashboard.Alerts;

/// <summary>Where an alert sits in time: from its first to its last post (their times at the source), or from its raising to its last growth for an alert without posts.</summary>
public sealed record AlertSpan(long AlertId, string Title, AlertSeverity Severity, long? MonitorId, int Posts, DateTimeOffset From, DateTimeOffset To)
{
    /// <summary>A window around the span for the overview: the span with as much again on each side, at least half an hour.</summary>
    public (DateTimeOffset From, DateTimeOffset To) Window()
    {
        var margin = TimeSpan.FromTicks(Math.Max(TimeSpan.FromMinutes(30).Ticks, (To - From).Ticks));
        return (From - margin, To + margin);
    }
}
