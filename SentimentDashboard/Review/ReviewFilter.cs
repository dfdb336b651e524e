namespace SentimentDashboard.Review;

/// <summary>
/// Which items a list shows: the pending ones (highest risk first) or the decided ones (latest decision first),
/// narrowed to one decision or monitor.
/// </summary>
public sealed record ReviewFilter(bool Decided = false, ReviewStatus? Status = null, long? MonitorId = null, int Limit = 200);
