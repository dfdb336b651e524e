using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using SentimentDashboard.Alerts;
using SentimentDashboard.Analysis;
using SentimentDashboard.Components.Layout;
using SentimentDashboard.Components.Shared;

namespace SentimentDashboard.Components.Alerts;

/// <summary>The alert feed: live, filtered, per-user read state, acknowledgement with a note, and the posts behind each alert.</summary>
public sealed partial class AlertsPage(AlertQueries queries, AlertNotices notices, DashboardQueries dashboard, NavigationManager navigation, ISnackbar snackbar)
{
    private IReadOnlyList<AlertRow> alerts = [];
    private AlertSeverity? severity;
    private AlertRuleKind? kind;
    private long? monitorId;
    private IReadOnlyList<MonitorChoice> monitors = [];
    private bool openOnly;
    private bool unreadOnly;
    private long? acknowledging;
    private string? note;
    private SignedInUser user = default!;

    [CascadingParameter]
    private ViewerPreferences Viewer { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? Authentication { get; set; }

    private AlertFilter Filter => new(severity, kind, monitorId, OpenOnly: openOnly, UnreadOnly: unreadOnly);

    /// <summary>The export of what the page shows (the read state is per user: the export has every alert of the filter).</summary>
    private string ExportPath => "export/alerts.csv" + Filter.ToQuery();

    protected override async Task OnInitializedAsync()
    {
        user = await SignedInUser.OfAsync(Authentication);
        var refresh = Coalesced(TimeSpan.FromMilliseconds(500), LoadAsync);
        Keep(notices.Subscribe(_ => refresh.Trigger()));
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        alerts = await queries.ListAsync(Filter, user.UserId, CancellationToken.None);
        monitors = await dashboard.MonitorChoicesAsync(CancellationToken.None); // monitors added since the page opened
        StateHasChanged();
    }

    private async Task OnSeverityAsync(AlertSeverity? value)
    {
        severity = value;
        await LoadAsync();
    }

    private async Task OnKindAsync(AlertRuleKind? value)
    {
        kind = value;
        await LoadAsync();
    }

    private async Task OnMonitorAsync(long? value)
    {
        monitorId = value;
        await LoadAsync();
    }

    private async Task OnOpenOnlyAsync(bool value)
    {
        openOnly = value;
        await LoadAsync();
    }

    private async Task OnUnreadOnlyAsync(bool value)
    {
        unreadOnly = value;
        await LoadAsync();
    }

    private async Task MarkReadAsync(AlertRow alert) => await MarkAsync([alert.Id]);

    private async Task MarkAllReadAsync() => await MarkAsync([.. alerts.Where(a => !a.Read).Select(a => a.Id)]);

    private async Task MarkAsync(IReadOnlyCollection<long> ids)
    {
        if (user.UserId is { } id && ids.Count > 0)
        {
            await queries.MarkReadAsync(id, ids, CancellationToken.None);
            await LoadAsync();
        }
    }

    private async Task OpenPostsAsync(AlertRow alert)
    {
        await MarkAsync([alert.Id]);
        navigation.NavigateTo(new PostFilter { AlertId = alert.Id, Range = TimeRange.All }.PostsPath());
    }

    /// <summary>The overview around the alert's posts (of its monitor), with their span shaded.</summary>
    private async Task OpenChartsAsync(AlertRow alert)
    {
        await MarkAsync([alert.Id]);
        if (await queries.SpanAsync(alert.Id, CancellationToken.None) is not { } span)
        {
            snackbar.Add("This alert is gone.", Severity.Warning);
            return;
        }

        var (from, to) = span.Window();
        navigation.NavigateTo("/" + new PostFilter { Range = TimeRange.Absolute(from, to), MonitorId = span.MonitorId, MarkAlertId = span.AlertId }.ToQueryString());
    }

    private async Task AcknowledgeAsync(AlertRow alert)
    {
        if (user.UserId is not { } id)
        {
            snackbar.Add("Sign in to acknowledge alerts.", Severity.Error);
            return;
        }

        var done = await queries.AcknowledgeAsync(alert.Id, id, user.Actor, note, CancellationToken.None);
        acknowledging = null;
        snackbar.Add(done ? "Alert acknowledged." : "It was acknowledged meanwhile.", done ? Severity.Success : Severity.Warning);
        await LoadAsync();
    }

    private static Color ColorOf(AlertSeverity severity) => severity switch
    {
        AlertSeverity.Critical => Color.Error,
        AlertSeverity.Warning => Color.Warning,
        _ => Color.Info,
    };
}
