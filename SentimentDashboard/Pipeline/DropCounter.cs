namespace SentimentDashboard.Pipeline;

/// <summary>
/// Counts what a bounded queue that never makes its writer wait had to drop, and says when a drop is worth a log line:
/// the 1st, 2nd, 4th, 8th…, so the log shows the queue falling behind without a line per item. Thread-safe.
/// </summary>
public sealed class DropCounter
{
    private long _dropped;

    public long Total => Interlocked.Read(ref _dropped);

    /// <summary>Counts one drop; returns the total so far when it should be logged, else null.</summary>
    public long? Drop() => Interlocked.Increment(ref _dropped) is var total && (total & (total - 1)) == 0 ? total : null;
}
