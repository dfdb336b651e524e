using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace SentimentDashboard.Components.Layout;

/// <summary>
/// The shell: app bar, navigation drawer and the MudBlazor providers. Once interactive it asks the browser for its
/// time zone and colour scheme (wwwroot/js/viewer.js); the theme switch is remembered in a cookie.
/// </summary>
public sealed partial class MainLayout(ViewerPreferences preferences, IJSRuntime js) : IDisposable
{
    private bool drawerOpen = true;
    private IJSObjectReference? viewer;

    private ViewerPreferences Preferences => preferences;

    protected override void OnInitialized() => preferences.Changed += OnPreferencesChanged;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        viewer = await js.InvokeAsync<IJSObjectReference>("import", "./js/viewer.js");
        if (await viewer.InvokeAsync<BrowserSettings?>("read") is { } browser)
        {
            preferences.ApplyBrowser(browser.PrefersDark, browser.TimeZone);
        }
    }

    public void Dispose() => preferences.Changed -= OnPreferencesChanged;

    private void ToggleDrawer() => drawerOpen = !drawerOpen;

    private async Task ToggleThemeAsync()
    {
        preferences.SetDarkMode(!preferences.DarkMode);
        if (viewer is not null)
        {
            await viewer.InvokeVoidAsync("saveTheme", ViewerPreferences.ThemeValue(preferences.DarkMode));
        }
    }

    private void OnPreferencesChanged() => _ = InvokeAsync(StateHasChanged);
}
