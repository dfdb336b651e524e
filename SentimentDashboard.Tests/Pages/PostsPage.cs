using Microsoft.Playwright;

namespace SentimentDashboard.Tests.Pages;

/// <summary>The drill-down list of posts.</summary>
public sealed class PostsPage(IPage page)
{
    public ILocator Count => page.GetByTestId("post-count");

    public ILocator Posts => page.Locator("[data-testid='post-list'] > li");

    public ILocator Filter(string name) => page.Locator($".filter-chip[data-filter='{name}']");

    public ILocator ExportLink => page.GetByTestId("export-posts");
}
