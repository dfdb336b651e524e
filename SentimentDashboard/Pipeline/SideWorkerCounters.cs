namespace SentimentDashboard.Pipeline;

/// <summary>
/// What a worker beside the pipeline (fed by a bounded queue that never makes its writer wait) has handled, failed
/// and dropped, for the Status page. Thread-safe.
/// </summary>
public sealed class SideWorkerCounters
{
    private long _handled;
    private long _failed;

    public DropCounter Drops { get; } = new();

    public void Handled() => Interlocked.Increment(ref _handled);

    public void Failed() => Interlocked.Increment(ref _failed);

    public SideWorkerSnapshot Snapshot(string worker, int queueDepth, int queueCapacity) =>
        new(worker, Interlocked.Read(ref _handled), Interlocked.Read(ref _failed), Drops.Total, queueDepth, queueCapacity);
}
