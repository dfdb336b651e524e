using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using SentimentDashboard.Components.Layout;
using SentimentDashboard.Components.Shared;

namespace SentimentDashboard.Components.Admin;

/// <summary>An admin page: times in the viewer's zone, and every action checked on the server to come from an admin.</summary>
public abstract class AdminPage : ComponentBase
{
    [CascadingParameter]
    protected ViewerPreferences Viewer { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? Authentication { get; set; }

    [Inject]
    protected ISnackbar Snackbar { get; set; } = default!;

    /// <summary>The signed-in admin, or null (with <paramref name="refusal"/> in a snackbar) when the circuit's user is not one.</summary>
    protected async Task<SignedInUser?> AdminAsync(string refusal)
    {
        var user = await SignedInUser.OfAsync(Authentication);
        if (user.IsAdmin)
        {
            return user;
        }

        Snackbar.Add(refusal, Severity.Error);
        return null;
    }
}
