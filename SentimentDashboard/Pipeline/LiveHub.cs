using Microsoft.Extensions.Options;

namespace SentimentDashboard.Pipeline;

/// <summary>
/// In-process publish/subscribe of committed posts: the only way live data reaches pages. The store publishes each
/// committed batch; handlers run on the store's thread, so they must be quick (aggregate, then let the page render
/// through <c>InvokeAsync</c>) and never block. A failing handler is logged and the others still run. Dispose the
/// subscription to unsubscribe. <see cref="Recent"/> gives a newly opened page the newest posts at once.
/// </summary>
public sealed partial class LiveHub(IOptions<PipelineOptions> options, ILogger<LiveHub> logger)
{
    private readonly Lock _gate = new();
    private readonly HashSet<Subscription> _subscribers = [];
    private readonly RingBuffer<LivePost> _recent = new(options.Value.RecentPosts);
    private Subscription[] _snapshot = [];
    private long _added;

    /// <summary>Posts added since the app started.</summary>
    public long TotalAdded => Interlocked.Read(ref _added);

    public IDisposable Subscribe(Action<CommittedBatch> handler)
    {
        var subscription = new Subscription(this, handler);
        lock (_gate)
        {
            _subscribers.Add(subscription);
            _snapshot = [.. _subscribers];
        }

        return subscription;
    }

    /// <summary>The newest posts added, oldest first.</summary>
    public IReadOnlyList<LivePost> Recent() => _recent.ToArray();

    /// <summary>Every committed batch is published, also one that only held duplicates (<see cref="CommittedBatch.IsEmpty"/>), so a subscriber sees each commit.</summary>
    public void Publish(CommittedBatch batch)
    {
        _recent.AddRange(batch.Added);
        Interlocked.Add(ref _added, batch.Added.Count);
        Subscription[] subscribers;
        lock (_gate)
        {
            subscribers = _snapshot;
        }

        foreach (var subscriber in subscribers)
        {
            try
            {
                subscriber.Handler(batch);
            }
            catch (Exception e)
            {
                LogHandlerFailed(logger, e);
            }
        }
    }

    private void Remove(Subscription subscription)
    {
        lock (_gate)
        {
            if (_subscribers.Remove(subscription))
            {
                _snapshot = [.. _subscribers];
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A live update handler failed")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception);

    private sealed class Subscription(LiveHub hub, Action<CommittedBatch> handler) : IDisposable
    {
        public Action<CommittedBatch> Handler => handler;

        public void Dispose() => hub.Remove(this);
    }
}
