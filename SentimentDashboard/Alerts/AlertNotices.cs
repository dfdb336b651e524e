using SentimentDashboard.Pipeline;

namespace SentimentDashboard.Alerts;

/// <summary>Alerts raised or grown, published to open pages (the bell, the snackbar, the alerts page). Handlers must be quick.</summary>
public sealed partial class AlertNotices(ILogger<AlertNotices> logger)
{
    private readonly SubscriberSet<AlertNotice> _subscribers = new(e => LogHandlerFailed(logger, e));

    public IDisposable Subscribe(Action<AlertNotice> handler) => _subscribers.Subscribe(handler);

    public void Publish(AlertNotice notice) => _subscribers.Publish(notice);

    [LoggerMessage(Level = LogLevel.Error, Message = "An alert notice handler failed")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception);
}
