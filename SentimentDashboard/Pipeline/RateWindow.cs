namespace SentimentDashboard.Pipeline;

/// <summary>Counts events per second over the last few whole seconds, for "items per second/minute" figures.</summary>
public sealed class RateWindow(TimeProvider time, int seconds)
{
    private readonly long[] _counts = new long[seconds + 1];
    private readonly long[] _stamps = new long[seconds + 1];
    private readonly Lock _gate = new();

    public void Add(long count)
    {
        var second = time.GetUtcNow().ToUnixTimeSeconds();
        var slot = (int)(second % _counts.Length);
        lock (_gate)
        {
            if (_stamps[slot] != second)
            {
                _stamps[slot] = second;
                _counts[slot] = 0;
            }

            _counts[slot] += count;
        }
    }

    /// <summary>Events in the last <c>seconds</c> whole seconds (the current, partial second left out).</summary>
    public long Total()
    {
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        long total = 0;
        lock (_gate)
        {
            for (var slot = 0; slot < _counts.Length; slot++)
            {
                var age = now - _stamps[slot];
                if (age >= 1 && age <= seconds)
                {
                    total += _counts[slot];
                }
            }
        }

        return total;
    }

    public double PerSecond() => Total() / (double)seconds;
}
