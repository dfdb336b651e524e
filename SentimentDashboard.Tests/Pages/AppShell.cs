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
}
