namespace SentimentDashboard.Alerts;

/// <summary>
/// Posts per minute against their own rolling baseline: an exponentially weighted mean and variance of past minutes
/// (α = 0.1, about the last ten minutes; 1/n over the first ones, so a young baseline is a plain average), and a
/// minute is a spike when its count reaches <c>minPosts</c> and exceeds mean + k·σ. σ is never taken below the Poisson
/// spread √mean (nor below 1), so a quiet, steady series does not make every stray post a spike. A spike minute
/// teaches the baseline only up to the limit (winsorized), so a burst stays a spike for minutes while a lasting new
/// level is learned. Without history, any minute with <c>minPosts</c> is a spike: a burst on the first day is news.
/// </summary>
public sealed class SpikeBaseline(double k, int minPosts)
{
    private const double Alpha = 0.1;

    /// <summary>Longest gap folded in minute by minute; beyond it the baseline is as good as forgotten anyway.</summary>
    private const int MaxGapMinutes = 24 * 60;

    private long? _minute;
    private int _count;
    private double _mean;
    private double _variance;
    private int _learned;

    public double Mean => _mean;

    /// <summary>Counts <paramref name="posts"/> arriving in <paramref name="minute"/> (minutes never go back); true when that minute is a spike.</summary>
    public bool Add(long minute, int posts)
    {
        Roll(minute);
        _count += posts;
        return IsSpike(_count);
    }

    /// <summary>The count a minute must exceed to be a spike.</summary>
    public double Limit => _mean + k * Math.Max(Math.Sqrt(_variance), Math.Sqrt(Math.Max(_mean, 1)));

    private bool IsSpike(int count) => count >= minPosts && count > Limit;

    private void Roll(long minute)
    {
        if (_minute is not { } current || minute <= current)
        {
            _minute ??= minute;
            return;
        }

        var gap = Math.Min(minute - current, MaxGapMinutes);
        Learn(_count);
        for (var i = 1; i < gap; i++)
        {
            Learn(0);
        }

        (_minute, _count) = (minute, 0);
    }

    private void Learn(int count)
    {
        _learned++;
        var alpha = Math.Max(Alpha, 1.0 / _learned);
        var difference = Math.Min(count, Limit) - _mean;
        _mean += alpha * difference;
        _variance = (1 - alpha) * (_variance + alpha * difference * difference);
    }
}
