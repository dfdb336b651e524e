using Microsoft.Playwright;

namespace SentimentDashboard.Tests.Pages;

/// <summary>The sidebar and header every page shares.</summary>
public sealed class AppShell(IPage page)
{
    public ILocator ProductName => page.Locator(".app-drawer .brand-name");

    public ILocator Navigation => page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });

    public ILocator NavLinks => Navigation.GetByRole(AriaRole.Link);

    public ILocator NavLink(string name) => Navigation.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Layout => page.Locator(".mud-layout");

    public ILocator Drawer => page.Locator(".app-drawer");

    public ILocator DrawerToggle => page.GetByTestId("drawer-toggle");

    public ILocator ThemeToggle => page.GetByTestId("theme-toggle");

    public ILocator TimeZone => page.GetByTestId("viewer-time-zone");

    /// <summary>Waits until the page's circuit is up: before that, clicks reach only the prerendered HTML.</summary>
    public Task WaitForInteractiveAsync() => Assertions.Expect(page.Locator(".mud-layout[data-interactive='true']")).ToBeAttachedAsync();

    /// <summary>The snackbars on screen (outcomes of actions).</summary>
    public ILocator Snackbars => page.Locator(".mud-snackbar");
}
