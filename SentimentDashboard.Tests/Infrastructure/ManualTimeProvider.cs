namespace SentimentDashboard.Tests.Infrastructure;

/// <summary>
/// A clock that moves only when a test says so. Timers (<c>Task.Delay(…, provider)</c>, cancellation after a delay)
/// fire when <see cref="Advance"/> passes their due time; <see cref="WaitForTimerAsync"/> tells a test that code under
/// test is waiting, so a backoff, a poll interval or a rate-limit pause is skipped deterministically, without sleeping.
/// </summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly Lock gate = new();
    private readonly List<ManualTimer> timers = [];
    private readonly List<TimeSpan> armed = [];
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DateTimeOffset now = start;

    public ManualTimeProvider()
        : this(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero))
    {
    }

    /// <summary>Every due time a timer was armed with, in order: the waits the code under test asked for.</summary>
    public IReadOnlyList<TimeSpan> ArmedDelays
    {
        get
        {
            lock (gate)
            {
                return [.. armed];
            }
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return now;
        }
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock forward and fires, in order, every timer that falls due.</summary>
    public void Advance(TimeSpan by)
    {
        DateTimeOffset target;
        lock (gate)
        {
            target = now + by;
        }

        while (true)
        {
            ManualTimer? next;
            lock (gate)
            {
                next = timers.Where(t => t.Due <= target).MinBy(t => t.Due);
                if (next is null)
                {
                    now = target;
                    return;
                }

                now = next.Due > now ? next.Due : now;
                next.Fired();
            }

            next.Invoke();
        }
    }

    /// <summary>Waits until some timer is pending; returns the time from now until the first one falls due.</summary>
    public async Task<TimeSpan> WaitForTimerAsync()
    {
        while (true)
        {
            Task signal;
            lock (gate)
            {
                if (timers.Count > 0)
                {
                    var due = timers.Min(t => t.Due) - now;
                    return due > TimeSpan.Zero ? due : TimeSpan.Zero;
                }

                signal = changed.Task;
            }

            await signal;
        }
    }

    /// <summary>Fires pending timers one after another until <paramref name="outcome"/> completes: every wait is skipped.</summary>
    public async Task SkipWaitsUntilAsync(Task outcome)
    {
        while (!outcome.IsCompleted)
        {
            var timer = WaitForTimerAsync();
            if (await Task.WhenAny(outcome, timer) == timer)
            {
                Advance(await timer);
            }
        }

        await outcome;
    }

    private void Schedule(ManualTimer timer, TimeSpan dueTime)
    {
        lock (gate)
        {
            timers.Remove(timer);
            if (dueTime != Timeout.InfiniteTimeSpan)
            {
                timer.Due = now + dueTime;
                timers.Add(timer);
                armed.Add(dueTime);
            }

            var signal = changed;
            changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            signal.SetResult();
        }
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan period = Timeout.InfiniteTimeSpan;
        private bool disposed;

        public DateTimeOffset Due { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            if (disposed)
            {
                return false;
            }

            this.period = period;
            owner.Schedule(this, dueTime);
            return true;
        }

        /// <summary>Called under the owner's lock: re-arms a periodic timer, removes a one-shot one.</summary>
        public void Fired()
        {
            owner.timers.Remove(this);
            if (period != Timeout.InfiniteTimeSpan && period > TimeSpan.Zero)
            {
                Due += period;
                owner.timers.Add(this);
            }
        }

        public void Invoke() => callback(state);

        public void Dispose()
        {
            disposed = true;
            owner.Schedule(this, Timeout.InfiniteTimeSpan);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
