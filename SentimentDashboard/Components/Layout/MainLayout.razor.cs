using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace SentimentDashboard.Components.Layout;

/// <summary>
/// The shell: app bar, navigation drawer and the MudBlazor providers. Once interactive it asks the browser for its
/// time zone and colour scheme (wwwroot/js/viewer.js); the theme switch is remembered in a cookie. The drawer shrinks
/// to its icons below the medium breakpoint and opens again above it; the menu button switches it either way.
/// </summary>
public sealed partial class MainLayout(ViewerPreferences preferences, IJSRuntime js, IBrowserViewportService viewport) : IAsyncDisposable
{
    private readonly Guid viewportObserver = Guid.NewGuid();
    private bool drawerOpen = true;
    private bool? wide;

    /// <summary>Whether the circuit is up and the browser's settings are read (data-interactive, for tests and styles).</summary>
    private bool ready;
    private IJSObjectReference? viewer;

    private ViewerPreferences Preferences => preferences;

    protected override void OnInitialized() => preferences.Changed += OnPreferencesChanged;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        try
        {
            await viewport.SubscribeAsync(viewportObserver, OnViewportChanged, fireImmediately: true);
            viewer = await js.InvokeAsync<IJSObjectReference>("import", "./js/viewer.js");
            if (await viewer.InvokeAsync<BrowserSettings?>("read") is { } browser)
            {
                preferences.ApplyBrowser(browser.PrefersDark, browser.TimeZone);
            }
        }
        catch (JSDisconnectedException)
        {
            // The page was left (or reloaded) before it was set up: the circuit is going away.
            return;
        }

        ready = true;
        StateHasChanged();
    }

    public async ValueTask DisposeAsync()
    {
        preferences.Changed -= OnPreferencesChanged;
        try
        {
            await viewport.UnsubscribeAsync(viewportObserver);
            if (viewer is not null)
            {
                await viewer.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone, and with it the browser's listener and module.
        }
    }

    private void ToggleDrawer() => drawerOpen = !drawerOpen;

    /// <summary>Follows the window across the medium breakpoint only, so the viewer's own choice stays until then.</summary>
    private void OnViewportChanged(BrowserViewportEventArgs e)
    {
        var isWide = e.Breakpoint >= Breakpoint.Md;
        if (isWide != wide)
        {
            (wide, drawerOpen) = (isWide, isWide);
            StateHasChanged();
        }
    }

    /// <summary>Remembers the choice before showing it: a reload right after the switch keeps the new theme.</summary>
    private async Task ToggleThemeAsync()
    {
        var dark = !preferences.DarkMode;
        if (viewer is not null)
        {
            await viewer.InvokeVoidAsync("saveTheme", ViewerPreferences.ThemeValue(dark));
        }

        preferences.SetDarkMode(dark);
    }

    private void OnPreferencesChanged() => _ = InvokeAsync(StateHasChanged);
}
