using SentimentDashboard.Monitoring;

namespace SentimentDashboard.Tests.Infrastructure;

/// <summary>Every state change the app's <see cref="MonitorStatusBoard"/> publishes, kept so a test can await one, past or future.</summary>
public sealed class StatusHistory : IDisposable
{
    private readonly Lock gate = new();
    private readonly List<MonitorStatusChange> changes = [];
    private readonly IDisposable subscription;
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public StatusHistory(MonitorStatusBoard board) => subscription = board.Subscribe(Add);

    /// <summary>Completes with the first change of <paramref name="monitorId"/> that matches, or fails after <see cref="PipelineHost.Timeout"/>.</summary>
    public async Task<MonitorLiveStatus> WaitForAsync(long monitorId, Func<MonitorLiveStatus, bool> match)
    {
        using var timeout = new CancellationTokenSource(PipelineHost.Timeout);
        while (true)
        {
            Task signal;
            lock (gate)
            {
                if (changes.FirstOrDefault(c => c.MonitorId == monitorId && match(c.Status)) is { } found)
                {
                    return found.Status;
                }

                signal = changed.Task;
            }

            try
            {
                await signal.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"monitor #{monitorId} never reached the awaited state; it went through: {Describe(monitorId)}");
            }
        }
    }

    public Task<MonitorLiveStatus> WaitForAsync(long monitorId, MonitorState state) => WaitForAsync(monitorId, s => s.State == state);

    public void Dispose() => subscription.Dispose();

    private void Add(MonitorStatusChange change)
    {
        lock (gate)
        {
            changes.Add(change);
            var signal = changed;
            changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            signal.SetResult();
        }
    }

    public string Describe(long monitorId)
    {
        lock (gate)
        {
            return string.Join(" → ", changes.Where(c => c.MonitorId == monitorId).Select(c => $"{c.Status.State} ({c.Status.Message})"));
        }
    }
}
