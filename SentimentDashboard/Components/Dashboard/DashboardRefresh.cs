using SentimentDashboard.Pipeline;

namespace SentimentDashboard.Components.Dashboard;

/// <summary>
/// Tells open dashboards that new posts were stored (by the live hub), at most once per <see cref="Interval"/> per
/// subscriber however fast posts arrive: the first notification schedules a refresh, the ones before it runs are absorbed.
/// </summary>
public sealed class DashboardRefresh : IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    private readonly Lock _gate = new();
    private readonly HashSet<Subscription> _subscriptions = [];
    private readonly TimeProvider _clock;
    private readonly IDisposable _hubSubscription;

    public DashboardRefresh(TimeProvider clock, LiveHub hub)
    {
        _clock = clock;
        _hubSubscription = hub.Subscribe(_ => NotifyStored());
    }

    public void Dispose() => _hubSubscription.Dispose();

    public IDisposable Subscribe(Func<Task> onRefresh)
    {
        var subscription = new Subscription(this, onRefresh, _clock);
        lock (_gate)
        {
            _subscriptions.Add(subscription);
        }

        return subscription;
    }

    /// <summary>Called when a batch of posts has been committed.</summary>
    public void NotifyStored()
    {
        Subscription[] current;
        lock (_gate)
        {
            current = [.. _subscriptions];
        }

        foreach (var subscription in current)
        {
            subscription.Schedule();
        }
    }

    private void Remove(Subscription subscription)
    {
        lock (_gate)
        {
            _subscriptions.Remove(subscription);
        }
    }

    private sealed class Subscription(DashboardRefresh owner, Func<Task> onRefresh, TimeProvider clock) : IDisposable
    {
        private readonly Coalescer _coalescer = new(Interval, onRefresh, clock);

        public void Schedule() => _coalescer.Trigger();

        public void Dispose() => owner.Remove(this);
    }
}
