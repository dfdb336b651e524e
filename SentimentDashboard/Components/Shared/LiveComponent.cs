using Microsoft.AspNetCore.Components;
using SentimentDashboard.Components.Dashboard;

namespace SentimentDashboard.Components.Shared;

/// <summary>
/// A page fed by live subscriptions (<see cref="Pipeline.LiveHub"/>, <see cref="Monitoring.MonitorStatusBoard"/>). Their
/// handlers run on the publisher's thread, so updates are coalesced, marshalled with InvokeAsync and their failures
/// sent to the circuit (DispatchExceptionAsync); subscriptions end with the component.
/// </summary>
public abstract class LiveComponent : ComponentBase, IDisposable
{
    private readonly List<IDisposable> subscriptions = [];

    /// <summary>Runs <paramref name="update"/> on the renderer at most once per <paramref name="interval"/>, whenever triggered.</summary>
    protected Coalescer Coalesced(TimeSpan interval, Func<Task> update) => new(interval, () => InvokeAsync(async () =>
    {
        try
        {
            await update();
        }
        catch (Exception e)
        {
            await DispatchExceptionAsync(e);
        }
    }));

    /// <summary>A coalesced repaint, for values read while rendering (e.g. rates).</summary>
    protected Coalescer Repaint(TimeSpan interval) => Coalesced(interval, () =>
    {
        StateHasChanged();
        return Task.CompletedTask;
    });

    /// <summary>Ends <paramref name="subscription"/> when the component goes.</summary>
    protected void Keep(IDisposable subscription) => subscriptions.Add(subscription);

    public void Dispose()
    {
        foreach (var subscription in subscriptions)
        {
            subscription.Dispose();
        }

        GC.SuppressFinalize(this);
    }
}
