using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SentimentDashboard.Components.MonitorList;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Components.MonitorList;

/// <summary>A monitor's row actions against the real registry: pause and resume at once, delete only once confirmed.</summary>
public sealed class MonitorActionsTests : DataComponentTestContext
{
    private int changes;

    private ISnackbar Snackbar => Services.GetRequiredService<ISnackbar>();

    [Fact]
    public async Task Delete_Cancelled_KeepsTheMonitorAndItsPosts()
    {
        var (monitor, dialogs, actions) = await RenderWithPostsAsync();

        // The click's handler waits for the dialog's answer.
        var deleting = actions.Find("button[aria-label='delete']").ClickAsync(new());
        dialogs.WaitForElement("[data-testid='delete-monitor-dialog']");
        Assert.Contains($"Delete monitor #{monitor.Id}?", dialogs.Markup, StringComparison.Ordinal);
        Assert.Equal($"replay:{monitor.Target}", dialogs.Find(".delete-target").TextContent);
        Assert.StartsWith("Its 2 stored posts are deleted with it", dialogs.Find("[data-testid='delete-consequence']").TextContent, StringComparison.Ordinal);

        await ButtonOf(dialogs, "Cancel").ClickAsync(new());
        await deleting;

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("[data-testid='delete-monitor-dialog']")));
        Assert.NotNull(await Host.Registry.FindAsync(monitor.Id));
        Assert.Equal(2, await Host.Registry.PostCountAsync(monitor.Id));
        Assert.Equal(0, changes);
    }

    [Fact]
    public async Task Delete_Confirmed_DeletesTheMonitorWithItsPosts_AndSaysSo()
    {
        var (monitor, dialogs, actions) = await RenderWithPostsAsync();

        var deleting = actions.Find("button[aria-label='delete']").ClickAsync(new());
        dialogs.WaitForElement("[data-testid='delete-monitor-dialog']");
        await ButtonOf(dialogs, "Delete").ClickAsync(new());
        await deleting;

        Assert.Equal(1, changes);
        Assert.Null(await Host.Registry.FindAsync(monitor.Id));
        Assert.Equal(0, await Host.Registry.PostCountAsync(monitor.Id));
        Assert.Contains(Snackbar.ShownSnackbars, s => s.Message == $"Deleted monitor #{monitor.Id} and its 2 posts." && s.Severity == Severity.Success);
    }

    [Fact]
    public async Task Pause_ThenResume_ChangesTheStoredMonitor_AndTellsTheList()
    {
        var (monitor, _, actions) = await RenderWithPostsAsync();

        await actions.Find("button[aria-label='pause']").ClickAsync(new());
        Assert.True((await Host.Registry.FindAsync(monitor.Id))!.Paused);
        var paused = (await Host.Registry.FindAsync(monitor.Id))!;
        actions.Render(p => p.Add(a => a.Monitor, paused));
        await actions.Find("button[aria-label='resume']").ClickAsync(new());

        Assert.False((await Host.Registry.FindAsync(monitor.Id))!.Paused);
        Assert.Equal(2, changes);
        Assert.Equal([$"Paused monitor #{monitor.Id}: it keeps its place.", $"Resumed monitor #{monitor.Id}."], Snackbar.ShownSnackbars.Select(s => s.Message));
    }

    [Fact]
    public async Task Pause_OfAMonitorDeletedMeanwhile_SaysItIsGone()
    {
        var (monitor, _, actions) = await RenderWithPostsAsync();
        await Host.Registry.DeleteAsync(monitor.Id);

        await actions.Find("button[aria-label='pause']").ClickAsync(new());

        Assert.Contains(Snackbar.ShownSnackbars, s => s.Message == $"Monitor #{monitor.Id} no longer exists." && s.Severity == Severity.Warning);
        Assert.Equal(1, changes);
    }

    private async Task<(MonitorInfo Monitor, IRenderedComponent<MudDialogProvider> Dialogs, IRenderedComponent<MonitorActions> Actions)> RenderWithPostsAsync()
    {
        var id = await StoredPosts.MonitorAsync(Host, Temp);
        await StoredPosts.AddAsync(Host, [StoredPosts.Scored(id, "a", 0, 0.2f), StoredPosts.Scored(id, "b", 1, 0.7f)]);
        var monitor = (await Host.Registry.FindAsync(id))!;
        var dialogs = Render<MudDialogProvider>();
        var actions = Render<MonitorActions>(p => p.Add(a => a.Monitor, monitor).Add(a => a.OnChanged, () => changes++));
        return (monitor, dialogs, actions);
    }

    private static AngleSharp.Dom.IElement ButtonOf(IRenderedComponent<MudDialogProvider> dialogs, string text) =>
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == text);
}
