using System.Collections.Concurrent;
using SentimentDashboard.Pipeline;

namespace SentimentDashboard.Monitoring;

/// <summary>
/// The live status of every monitor: the state and message its source last reported (the monitoring service stores
/// them), and posts committed per minute (counted from the <see cref="LiveHub"/>). Pages subscribe to state changes;
/// handlers run on the reporting source's thread and must be quick.
/// </summary>
public sealed partial class MonitorStatusBoard : IMonitorStatus, IDisposable
{
    private readonly ConcurrentDictionary<long, Entry> _entries = new();
    private readonly MonitorSignals _signals;
    private readonly TimeProvider _time;
    private readonly IDisposable _subscription;
    private readonly SubscriberSet<MonitorStatusChange> _subscribers;

    public MonitorStatusBoard(LiveHub hub, MonitorSignals signals, TimeProvider time, ILogger<MonitorStatusBoard> logger)
    {
        _signals = signals;
        _time = time;
        _subscription = hub.Subscribe(OnCommitted);
        _subscribers = new SubscriberSet<MonitorStatusChange>(e => LogHandlerFailed(logger, e));
    }

    public void Report(long monitorId, MonitorState state, string? message = null)
    {
        var entry = EntryOf(monitorId);
        if (entry.Set(state, message, _time.GetUtcNow()))
        {
            _signals.StatusChanged(monitorId);
            _subscribers.Publish(new MonitorStatusChange(monitorId, entry.Snapshot()));
        }
    }

    /// <summary>Calls <paramref name="handler"/> whenever a monitor's state or message changes.</summary>
    public IDisposable Subscribe(Action<MonitorStatusChange> handler) => _subscribers.Subscribe(handler);

    /// <summary>The monitor's status since the app started; null when it has not run.</summary>
    public MonitorLiveStatus? Get(long monitorId) => _entries.TryGetValue(monitorId, out var entry) ? entry.Snapshot() : null;

    public void Forget(long monitorId) => _entries.TryRemove(monitorId, out _);

    public void Dispose() => _subscription.Dispose();

    private Entry EntryOf(long monitorId) => _entries.GetOrAdd(monitorId, _ => new Entry(new RateWindow(_time, 60)));

    private void OnCommitted(CommittedBatch batch)
    {
        var posts = batch.Added;
        var start = 0;
        for (var i = 1; i <= posts.Count; i++)
        {
            if (i == posts.Count || posts[i].MonitorId != posts[start].MonitorId)
            {
                EntryOf(posts[start].MonitorId).Rate.Add(i - start);
                start = i;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A monitor status handler failed")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception);

    private sealed class Entry(RateWindow rate)
    {
        private readonly Lock _gate = new();
        private MonitorState _state = MonitorState.Starting;
        private string? _message;
        private DateTimeOffset _changedAt;

        public RateWindow Rate => rate;

        /// <summary>False when nothing changed.</summary>
        public bool Set(MonitorState state, string? message, DateTimeOffset at)
        {
            lock (_gate)
            {
                if (_changedAt != default && state == _state && message == _message)
                {
                    return false;
                }

                (_state, _message, _changedAt) = (state, message, at);
                return true;
            }
        }

        public MonitorLiveStatus Snapshot()
        {
            lock (_gate)
            {
                return new MonitorLiveStatus(_state, _message, _changedAt, rate.Total());
            }
        }
    }
}
