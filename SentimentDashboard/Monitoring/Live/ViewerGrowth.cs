namespace SentimentDashboard.Monitoring.Live;

/// <summary>A live's viewers gained (or lost) per minute between two of its segments, for their virality. One per live run.</summary>
internal sealed class ViewerGrowth
{
    private (int Viewers, DateTimeOffset At)? _last;

    /// <summary>The change per minute since the previous count (null for the first, or when the source gives none).</summary>
    public double? Next(int? viewers, DateTimeOffset at)
    {
        if (viewers is not { } count)
        {
            return null;
        }

        var previous = _last;
        _last = (count, at);
        return previous is { } p && at > p.At ? (count - p.Viewers) / Math.Max(0.25, (at - p.At).TotalMinutes) : null;
    }
}
