using Microsoft.Playwright;

namespace SentimentDashboard.Tests.Pages;

public sealed class OverviewPage(IPage page)
{
    public AppShell Shell { get; } = new(page);

    public ILocator EmptyState => page.GetByTestId("empty-overview");

    public ILocator Counter(string name) => page.Locator($".counter-card[data-counter='{name}'] .counter-value");

    public ILocator Chart(string testId) => page.GetByTestId(testId);

    public async Task GotoAsync(string query = "")
    {
        await page.GotoAsync("/" + query);
        await Assertions.Expect(Shell.Heading).ToHaveTextAsync("Overview");
    }
}
