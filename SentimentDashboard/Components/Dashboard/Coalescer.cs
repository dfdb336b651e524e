namespace SentimentDashboard.Components.Dashboard;

/// <summary>
/// Runs an action at most once per interval however often it is triggered: the first trigger schedules it, later
/// ones before it runs are absorbed. Live pages use it so a circuit gets a few updates per second at most.
/// </summary>
public sealed class Coalescer(TimeSpan interval, Func<Task> action, TimeProvider? clock = null)
{
    private int _pending;

    public void Trigger()
    {
        if (Interlocked.Exchange(ref _pending, 1) == 0)
        {
            _ = RunAsync();
        }
    }

    private async Task RunAsync()
    {
        await Task.Delay(interval, clock ?? TimeProvider.System);
        Volatile.Write(ref _pending, 0);
        try
        {
            await action();
        }
        catch (ObjectDisposedException)
        {
            // The circuit closed meanwhile.
        }
    }
}
