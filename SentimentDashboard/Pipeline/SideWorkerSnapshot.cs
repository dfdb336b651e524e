namespace SentimentDashboard.Pipeline;

/// <summary>A worker beside the pipeline at one moment: batches handled, failed and dropped (it was behind), and its queue.</summary>
public sealed record SideWorkerSnapshot(string Worker, long Handled, long Failed, long Dropped, int QueueDepth, int QueueCapacity);
