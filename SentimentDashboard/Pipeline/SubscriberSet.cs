namespace SentimentDashboard.Pipeline;

/// <summary>
/// Lock-protected subscribers of a notifier. <see cref="Publish"/> runs every handler on the caller's thread; a handler
/// that throws is reported to <c>onError</c> and the others still run. Disposing a subscription unsubscribes it.
/// </summary>
public sealed class SubscriberSet<T>(Action<Exception> onError)
{
    private readonly Lock _gate = new();
    private readonly HashSet<Subscription> _subscribers = [];
    private Subscription[] _snapshot = [];

    public IDisposable Subscribe(Action<T> handler)
    {
        var subscription = new Subscription(this, handler);
        lock (_gate)
        {
            _subscribers.Add(subscription);
            _snapshot = [.. _subscribers];
        }

        return subscription;
    }

    public void Publish(T message)
    {
        Subscription[] subscribers;
        lock (_gate)
        {
            subscribers = _snapshot;
        }

        foreach (var subscriber in subscribers)
        {
            try
            {
                subscriber.Handler(message);
            }
            catch (Exception e)
            {
                onError(e);
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

    private sealed class Subscription(SubscriberSet<T> owner, Action<T> handler) : IDisposable
    {
        public Action<T> Handler => handler;

        public void Dispose() => owner.Remove(this);
    }
}
