using System.Collections.Concurrent;
using SentimentDashboard.Pipeline;

namespace SentimentDashboard.Monitoring;

/// <summary>
/// The live status of every monitor: the state and message its source last reported (the monitoring service stores
/// them), and posts committed per minute (counted from the <see cref="LiveHub"/>).
/// </summary>
public sealed class MonitorStatusBoard : IMonitorStatus, IDisposable
{
    private readonly ConcurrentDictionary<long, Entry> _entries = new();
    private readonly MonitorSignals _signals;
    private readonly TimeProvider _time;
    private readonly IDisposable _subscription;

    public MonitorStatusBoard(LiveHub hub, MonitorSignals signals, TimeProvider time)
    {
        _signals = signals;
        _time = time;
        _subscription = hub.Subscribe(OnCommitted);
    }

    public void Report(long monitorId, MonitorState state, string? message = null)
    {
        if (EntryOf(monitorId).Set(state, message, _time.GetUtcNow()))
        {
            _signals.StatusChanged(monitorId);
        }
    }

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
