namespace SentimentDashboard.Tests.Fakes;

/// <summary>Lets a test await a condition on a fake server's state, checked again after each change the server raises.</summary>
public sealed class ChangeSignal(Lock gate)
{
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Wakes every waiter; call it holding the gate, after changing what they look at.</summary>
    public void Raise()
    {
        var signal = changed;
        changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        signal.SetResult();
    }

    /// <summary>Completes once <paramref name="condition"/> (read under the gate) holds; fails after a minute.</summary>
    public async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            Task signal;
            lock (gate)
            {
                if (condition())
                {
                    return;
                }

                signal = changed.Task;
            }

            await signal.WaitAsync(timeout.Token);
        }
    }
}
