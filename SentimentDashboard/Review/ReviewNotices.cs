using SentimentDashboard.Pipeline;

namespace SentimentDashboard.Review;

/// <summary>Changes to the review queue, published to open pages. Handlers must be quick.</summary>
public sealed partial class ReviewNotices(ILogger<ReviewNotices> logger)
{
    private readonly SubscriberSet<ReviewChange> _subscribers = new(e => LogHandlerFailed(logger, e));

    public IDisposable Subscribe(Action<ReviewChange> handler) => _subscribers.Subscribe(handler);

    public void Publish(ReviewChange change) => _subscribers.Publish(change);

    [LoggerMessage(Level = LogLevel.Error, Message = "A review notice handler failed")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception);
}
