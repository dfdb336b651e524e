using Microsoft.Playwright;

namespace SentimentDashboard.Tests.Pages;

public sealed class OverviewPage(IPage page)
{
    public AppShell Shell { get; } = new(page);

    public ILocator Placeholder => page.Locator(".hero-card");

    public ILocator PlaygroundLink => Placeholder.GetByRole(AriaRole.Link, new() { Name = "Open the Playground" });

    public async Task GotoAsync()
    {
        await page.GotoAsync("/");
        await Assertions.Expect(Shell.Heading).ToHaveTextAsync("Overview");
    }
}
