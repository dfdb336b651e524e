using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using SentimentDashboard.Audit;
using SentimentDashboard.Components.Shared;
using SentimentDashboard.Monitoring;

namespace SentimentDashboard.Components.MonitorList;

/// <summary>Pauses, resumes or (once confirmed) deletes one monitor, says how it went in a snackbar and tells the list.</summary>
public sealed partial class MonitorActions(MonitorRegistry registry, AuditedMonitors monitors, IDialogService dialogs, ISnackbar snackbar)
{
    private bool busy;

    [CascadingParameter]
    private Task<AuthenticationState>? Authentication { get; set; }

    [Parameter, EditorRequired]
    public MonitorInfo Monitor { get; set; } = default!;

    /// <summary>Raised after the monitor was paused, resumed or deleted (or found gone).</summary>
    [Parameter]
    public EventCallback OnChanged { get; set; }

    private Task PauseAsync() => RunAsync(actor => monitors.PauseAsync(Monitor.Id, actor), $"Paused monitor #{Monitor.Id}: it keeps its place.");

    private Task ResumeAsync() => RunAsync(actor => monitors.ResumeAsync(Monitor.Id, actor), $"Resumed monitor #{Monitor.Id}.");

    private async Task DeleteAsync()
    {
        var posts = await registry.PostCountAsync(Monitor.Id);
        var parameters = new DialogParameters<DeleteMonitorDialog>
        {
            { d => d.Monitor, Monitor },
            { d => d.Posts, posts },
        };
        var dialog = await dialogs.ShowAsync<DeleteMonitorDialog>(null, parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is { Canceled: false })
        {
            await RunAsync(actor => monitors.DeleteAsync(Monitor.Id, actor), $"Deleted monitor #{Monitor.Id} and its {Display.Count(posts)} posts.");
        }
    }

    private async Task RunAsync(Func<string, Task<bool>> action, string done)
    {
        var user = await SignedInUser.OfAsync(Authentication);
        if (!user.IsAdmin)
        {
            snackbar.Add("Only admins change monitors.", Severity.Error);
            return;
        }

        busy = true;
        try
        {
            var found = await action(user.Actor);
            snackbar.Add(found ? done : $"Monitor #{Monitor.Id} no longer exists.", found ? Severity.Success : Severity.Warning);
            await OnChanged.InvokeAsync();
        }
        finally
        {
            busy = false;
        }
    }
}
