namespace SentimentDashboard.Review;

/// <summary>Items joined the queue, got a second opinion or a decision: open review pages reload.</summary>
public sealed record ReviewChange(int Queued, long? ItemId = null);
