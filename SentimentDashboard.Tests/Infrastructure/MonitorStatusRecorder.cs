using SentimentDashboard.Monitoring;

namespace SentimentDashboard.Tests.Infrastructure;

/// <summary>An <see cref="IMonitorStatus"/> that keeps every report, and lets a test await one.</summary>
public sealed class MonitorStatusRecorder : IMonitorStatus
{
    private readonly Lock gate = new();
    private readonly List<(MonitorState State, string? Message)> reports = [];
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<(MonitorState State, string? Message)> Reports
    {
        get
        {
            lock (gate)
            {
                return [.. reports];
            }
        }
    }

    public void Report(long monitorId, MonitorState state, string? message = null)
    {
        lock (gate)
        {
            reports.Add((state, message));
            var signal = changed;
            changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            signal.SetResult();
        }
    }

    /// <summary>Completes with the first report in <paramref name="state"/>, past or future.</summary>
    public async Task<(MonitorState State, string? Message)> WaitForAsync(MonitorState state)
    {
        while (true)
        {
            Task signal;
            lock (gate)
            {
                var found = reports.FindIndex(r => r.State == state);
                if (found >= 0)
                {
                    return reports[found];
                }

                signal = changed.Task;
            }

            await signal;
        }
    }
}
