using Microsoft.Playwright;

namespace SentimentDashboard.Tests.Pages;

/// <summary>The drill-down grid of posts.</summary>
public sealed class PostsPage(IPage page)
{
    /// <summary>"N posts match" (or "10,000+ posts match").</summary>
    public ILocator Count => page.GetByTestId("post-count");

    /// <summary>The rows of the current page, one per post.</summary>
    public ILocator Posts => page.Locator("[data-testid='post-list'] tr.post-row");

    /// <summary>The chip of an active filter, by its URL name (tag, term, q…).</summary>
    public ILocator Filter(string name) => page.Locator($".filter-chip[data-filter='{name}']");

    public ILocator ExportLink => page.GetByTestId("export-posts");

    public ILocator Search => page.GetByLabel("Search text");

    /// <summary>The column's header, to click for sorting.</summary>
    public ILocator SortHeader(string column) =>
        page.Locator("[data-testid='post-list'] th").Filter(new() { HasText = column }).Locator(".sortable-column-header");

    /// <summary>The probabilities shown in a score column (Hate, Offensive, Risk) of the current page, top to bottom; null when unscored.</summary>
    public async Task<IReadOnlyList<int?>> ScoresAsync(string column)
    {
        var cells = await Posts.Locator($"td[data-label='{column}']").AllTextContentsAsync();
        return [.. cells.Select(text => int.TryParse(text.Trim().TrimEnd('%'), out var value) ? value : (int?)null)];
    }

    public ILocator Explanation => page.GetByTestId("explanation");

    /// <summary>Chooses rows per page in the grid's pager.</summary>
    public async Task ShowPerPageAsync(int rows)
    {
        await page.Locator("[data-testid='post-list'] .mud-table-pagination-select").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextString = rows.ToString(System.Globalization.CultureInfo.InvariantCulture) }).First.ClickAsync();
    }

    public Task NextPageAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Next page" }).ClickAsync();
}
