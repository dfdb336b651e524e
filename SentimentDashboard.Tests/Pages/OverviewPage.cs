using Microsoft.Playwright;

namespace SentimentDashboard.Tests.Pages;

/// <summary>
/// The overview and its Plotly charts. Plotly picks the point under the pointer on its own drag layer, so marks are
/// clicked at their position on the page, not as elements.
/// </summary>
public sealed class OverviewPage(IPage page)
{
    public AppShell Shell { get; } = new(page);

    public ILocator EmptyState => page.GetByTestId("empty-overview");

    public ILocator Counter(string name) => page.Locator($".counter-card[data-counter='{name}'] .counter-value");

    public ILocator Chart(string testId) => page.GetByTestId(testId);

    public ILocator Plot(string testId) => Chart(testId).Locator(".js-plotly-plot");

    /// <summary>The drawn (non-empty) bars of one trace, in x order: on a stacked time chart, one label's segments.</summary>
    public ILocator Bars(string testId, int trace = 0) =>
        Chart(testId).Locator(".barlayer .trace.bars").Nth(trace).Locator(".point path").Filter(new() { Visible = true });

    /// <summary>Clicks a donut's slice halfway through its ring, at its middle angle (Plotly keeps both on the slice's data).</summary>
    public async Task ClickSliceAsync(string testId, string label)
    {
        await Plot(testId).ScrollIntoViewIfNeededAsync();
        var point = await page.EvaluateAsync<float[]>(
            """
            ([id, label]) => {
                const gd = document.querySelector(`[data-testid=${id}] .js-plotly-plot`);
                const centre = gd.calcdata[0][0], box = gd.getBoundingClientRect();
                const slice = [...gd.querySelectorAll('.slice')].map(s => s.__data__).find(d => d.label === label);
                return [box.left + centre.cx + 0.81 * slice.pxmid[0], box.top + centre.cy + 0.81 * slice.pxmid[1]];
            }
            """,
            new[] { testId, label });
        await page.Mouse.ClickAsync(point[0], point[1]);
    }

    public async Task GotoAsync(string query = "")
    {
        await page.GotoAsync("/" + query);
        await Assertions.Expect(Shell.Heading).ToHaveTextAsync("Overview");
    }

    /// <summary>Waits until every chart on the page is drawn and wired to its events (charts.js marks it ready).</summary>
    public Task WaitForChartsAsync() =>
        page.WaitForFunctionAsync("() => { const plots = [...document.querySelectorAll('.chart-plot')]; return plots.length > 0 && plots.every(gd => gd.dataset.ready); }");

    public async Task ClickAsync(ILocator mark)
    {
        await mark.ScrollIntoViewIfNeededAsync();
        var box = await mark.BoundingBoxAsync() ?? throw new InvalidOperationException("The mark is not drawn.");
        await page.Mouse.ClickAsync(box.X + (box.Width / 2), box.Y + (box.Height / 2));
    }

    /// <summary>Brushes a time chart from <paramref name="fromX"/> to <paramref name="toX"/> (page coordinates), halfway up its plot area.</summary>
    public async Task DragAsync(string testId, double fromX, double toX)
    {
        var area = await PlotAreaAsync(testId);
        var y = area.Y + (area.Height / 2);
        await page.Mouse.MoveAsync((float)fromX, y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync((float)toX, y, new() { Steps = 10 });
        await page.Mouse.UpAsync();
    }

    public async Task DoubleClickAsync(string testId)
    {
        var area = await PlotAreaAsync(testId);
        await page.Mouse.DblClickAsync(area.X + (area.Width / 2), area.Y + (area.Height / 2));
    }

    /// <summary>The plot area (Plotly's drag layer) of a chart, scrolled into view: the mouse only reaches what is on screen.</summary>
    public async Task<LocatorBoundingBoxResult> PlotAreaAsync(string testId)
    {
        var area = Chart(testId).Locator(".nsewdrag");
        await area.ScrollIntoViewIfNeededAsync();
        return await area.BoundingBoxAsync() ?? throw new InvalidOperationException("The plot is not drawn.");
    }

    /// <summary>A value of the plot's layout as Plotly resolved it, e.g. "paper_bgcolor" or "xaxis.range".</summary>
    /// <summary>
    /// Waits until the chart's layout at <paramref name="path"/> is <paramref name="json"/>: after a drag, Plotly shows
    /// its own fractional range until the app's re-render sets the one it chose.
    /// </summary>
    public Task WaitForLayoutAsync(string testId, string path, string json) =>
        page.WaitForFunctionAsync(
            "([id, path, json]) => JSON.stringify(path.split('.').reduce((o, k) => o?.[k], document.querySelector(`[data-testid=${id}] .js-plotly-plot`)?._fullLayout)) === json",
            new[] { testId, path, json });

    public Task<string> LayoutAsync(string testId, string path) =>
        page.EvaluateAsync<string>(
            "([id, path]) => JSON.stringify(path.split('.').reduce((o, k) => o?.[k], document.querySelector(`[data-testid=${id}] .js-plotly-plot`)._fullLayout))",
            new[] { testId, path });
}
