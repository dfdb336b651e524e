using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using SentimentDashboard.Alerts;
using SentimentDashboard.Components.Shared;

namespace SentimentDashboard.Components.Alerts;

/// <summary>
/// The app bar's bell: the signed-in user's unread alerts as a badge, and a snackbar on every open page when an alert
/// is raised (not each time it grows).
/// </summary>
public sealed partial class AlertBell(AlertQueries queries, AlertNotices notices, ISnackbar snackbar, NavigationManager navigation)
{
    private IDisposable? subscription;
    private string? userId;
    private int unread;

    [CascadingParameter]
    private Task<AuthenticationState>? Authentication { get; set; }

    protected override async Task OnInitializedAsync()
    {
        userId = (await SignedInUser.OfAsync(Authentication)).UserId;
        subscription = notices.Subscribe(notice => _ = InvokeAsync(() => OnNoticeAsync(notice)));
        await CountAsync();
    }

    public void Dispose() => subscription?.Dispose();

    private async Task OnNoticeAsync(AlertNotice notice)
    {
        try
        {
            if (notice.IsNew)
            {
                snackbar.Add(notice.Title, notice.Severity switch
                {
                    AlertSeverity.Critical => Severity.Error,
                    AlertSeverity.Warning => Severity.Warning,
                    _ => Severity.Info,
                }, options =>
                {
                    options.Action = "Open";
                    options.OnClick = _ =>
                    {
                        navigation.NavigateTo("alerts");
                        return Task.CompletedTask;
                    };
                }, key: $"alert-{notice.AlertId}");
            }

            await CountAsync();
            StateHasChanged();
        }
        catch (Exception e)
        {
            await DispatchExceptionAsync(e);
        }
    }

    private async Task CountAsync() => unread = userId is null ? 0 : await queries.UnreadCountAsync(userId, CancellationToken.None);
}
