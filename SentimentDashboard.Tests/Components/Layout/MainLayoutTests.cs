using Bunit;
using Microsoft.AspNetCore.Components;
using SentimentDashboard.Components.Layout;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Components.Layout;

/// <summary>The shell with the app's services behind it: the bell in its top bar reads the signed-in user's alerts.</summary>
public sealed class MainLayoutTests : DataComponentTestContext
{
    [Fact]
    public void ThemeToggle_Clicked_SwitchesToDarkAndRemembersIt()
    {
        var saved = JSInterop.SetupModule("./js/viewer.js");
        saved.Setup<BrowserSettings?>("read").SetResult(new BrowserSettings("UTC", PrefersDark: false));
        var layout = Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "page"))));

        layout.Find("[data-testid=theme-toggle]").Click();

        Assert.True(Preferences.DarkMode);
        Assert.Contains("theme-dark", layout.Find(".mud-layout").ClassName, StringComparison.Ordinal);
        Assert.Contains(saved.Invocations, i => i.Identifier == "saveTheme" && Equals(i.Arguments[0], "dark"));
    }

    [Fact]
    public void Browser_ReportsItsZoneAndDarkScheme_LayoutFollowsBothWithoutAChosenTheme()
    {
        var viewer = JSInterop.SetupModule("./js/viewer.js");
        viewer.Setup<BrowserSettings?>("read").SetResult(new BrowserSettings("Europe/Paris", PrefersDark: true));

        var layout = Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "page"))));

        layout.WaitForAssertion(() => Assert.Equal("times in Europe/Paris", layout.Find("[data-testid=viewer-time-zone]").TextContent));
        Assert.True(Preferences.DarkMode);
    }

    [Fact]
    public void ChosenTheme_FromTheCookie_WinsOverTheSystemScheme()
    {
        Preferences.Load("light", "Asia/Tokyo");
        var viewer = JSInterop.SetupModule("./js/viewer.js");
        viewer.Setup<BrowserSettings?>("read").SetResult(new BrowserSettings("Asia/Tokyo", PrefersDark: true));

        var layout = Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "page"))));

        Assert.False(Preferences.DarkMode);
        Assert.Contains("theme-light", layout.Find(".mud-layout").ClassName, StringComparison.Ordinal);
    }
}
