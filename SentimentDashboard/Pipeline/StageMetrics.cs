namespace SentimentDashboard.Pipeline;

/// <summary>
/// Figures of one stage, safe to update from its loop and read from any page: items done and failed, items per
/// second over the last <see cref="RateSeconds"/> seconds, depth of its input queue, and latency percentiles over the
/// last <see cref="LatencySamples"/> items.
/// </summary>
public sealed class StageMetrics(string stage, Func<int> queueDepth, int queueCapacity, TimeProvider time)
{
    public const int RateSeconds = 5;
    public const int LatencySamples = 1024;

    private readonly RateWindow _rate = new(time, RateSeconds);
    private readonly double[] _latencies = new double[LatencySamples];
    private readonly Lock _gate = new();
    private long _processed;
    private long _errors;
    private int _latencyCount;
    private int _latencyNext;

    public long Processed => Interlocked.Read(ref _processed);

    public long Errors => Interlocked.Read(ref _errors);

    public void Completed(int items)
    {
        Interlocked.Add(ref _processed, items);
        _rate.Add(items);
    }

    public void Failed(int items = 1) => Interlocked.Add(ref _errors, items);

    public void Latency(TimeSpan latency)
    {
        lock (_gate)
        {
            _latencies[_latencyNext] = latency.TotalMilliseconds;
            _latencyNext = (_latencyNext + 1) % _latencies.Length;
            _latencyCount = Math.Min(_latencyCount + 1, _latencies.Length);
        }
    }

    public StageSnapshot Snapshot()
    {
        double[] samples;
        lock (_gate)
        {
            samples = _latencies[.._latencyCount];
        }

        Array.Sort(samples);
        return new StageSnapshot(stage, Processed, Errors, _rate.PerSecond(), queueDepth(), queueCapacity, Percentile(samples, 0.50), Percentile(samples, 0.95));
    }

    private static double Percentile(double[] sorted, double fraction) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];
}
