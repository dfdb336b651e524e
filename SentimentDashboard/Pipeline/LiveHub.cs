using Microsoft.Extensions.Options;

namespace SentimentDashboard.Pipeline;

/// <summary>
/// In-process publish/subscribe of committed posts and of lives starting and ending: the only way live data reaches pages. The store publishes each
/// committed batch; handlers run on the store's thread, so they must be quick (aggregate, then let the page render
/// through <c>InvokeAsync</c>) and never block. A failing handler is logged and the others still run. Dispose the
/// subscription to unsubscribe. <see cref="Recent"/> gives a newly opened page the newest posts at once.
/// </summary>
public sealed partial class LiveHub
{
    private readonly SubscriberSet<CommittedBatch> _subscribers;
    private readonly SubscriberSet<LiveEvent> _liveSubscribers;
    private readonly RingBuffer<LivePost> _recent;
    private long _added;

    public LiveHub(IOptions<PipelineOptions> options, ILogger<LiveHub> logger)
    {
        _recent = new RingBuffer<LivePost>(options.Value.RecentPosts);
        _subscribers = new SubscriberSet<CommittedBatch>(e => LogHandlerFailed(logger, e));
        _liveSubscribers = new SubscriberSet<LiveEvent>(e => LogHandlerFailed(logger, e));
    }

    /// <summary>Posts added since the app started.</summary>
    public long TotalAdded => Interlocked.Read(ref _added);

    public IDisposable Subscribe(Action<CommittedBatch> handler) => _subscribers.Subscribe(handler);

    public IDisposable SubscribeLives(Action<LiveEvent> handler) => _liveSubscribers.Subscribe(handler);

    public void PublishLive(LiveEvent live) => _liveSubscribers.Publish(live);

    /// <summary>The newest posts added, oldest first.</summary>
    public IReadOnlyList<LivePost> Recent() => _recent.ToArray();

    /// <summary>Every committed batch is published, also one that only held duplicates, so a subscriber sees each commit.</summary>
    public void Publish(CommittedBatch batch)
    {
        _recent.AddRange(batch.Added);
        Interlocked.Add(ref _added, batch.Added.Count);
        _subscribers.Publish(batch);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A live update handler failed")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception);
}
