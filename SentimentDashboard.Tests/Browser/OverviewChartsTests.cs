using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SentimentDashboard.Tests.Infrastructure;
using SentimentDashboard.Tests.Pages;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SentimentDashboard.Tests.Browser;

/// <summary>
/// The overview's Plotly charts on posts of three past hours (a replay dated 3, 2 and 1 hours back, at half past):
/// brushing, resetting, drilling down, theming, and leaving the page again and again.
/// </summary>
public sealed class OverviewChartsTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string View = "?range=6h";
    private const string Timeline = "sentiment-over-time";

    /// <summary>Negative (#storm) and positive (#sunny) posts of the hours 3, 2 and 1 back.</summary>
    private static readonly (int Negative, int Positive)[] Hours = [(5, 3), (7, 2), (4, 6)];

    private readonly AppFixture app = new();

    private static int Total => Hours.Sum(h => h.Negative + h.Positive);

    public async Task InitializeAsync()
    {
        var now = DateTimeOffset.UtcNow;
        var hour = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 30, 0, TimeSpan.Zero);
        var lines = Hours.SelectMany((counts, i) =>
        {
            var at = hour.AddHours(i - Hours.Length);
            return Enumerable.Range(1, counts.Negative).Select(n => Line($"h{i}-neg-{n}", at, "This is the worst service ever, I hate it so much, total disaster #storm"))
                .Concat(Enumerable.Range(1, counts.Positive).Select(n => Line($"h{i}-pos-{n}", at, "What a wonderful, happy day, I love this so much! #sunny")));
        }).ToList();
        var file = Path.Combine(app.TempDirectory, "hours.jsonl");
        await File.WriteAllLinesAsync(file, lines.Select(l => l.Json));
        app.Settings["Monitors:Startup:0"] = "replay:" + file;
        await app.InitializeAsync();
        await app.WaitForPostAsync(lines[^1].Id);
    }

    public Task DisposeAsync() => ((IAsyncLifetime)app).DisposeAsync();

    [Fact]
    public Task BrushAcrossTwoHours_ZoomsEveryPanel_And_DoubleClick_GoesBackToTheRelativeRange() => browser.RunAsync(app, output, async page =>
    {
        var overview = new OverviewPage(page);
        await overview.GotoAsync(View);
        await overview.WaitForChartsAsync();
        await Expect(overview.Counter("posts")).ToHaveTextAsync($"{Total}");

        // From just left of the second hour's bar to just right of the third's: those two hours, not the first.
        var second = await overview.Bars(Timeline).Nth(1).BoundingBoxAsync();
        var third = await overview.Bars(Timeline).Nth(2).BoundingBoxAsync();
        await overview.DragAsync(Timeline, second!.X - 3, third!.X + third.Width + 3);

        await Expect(page).ToHaveURLAsync(new Regex(@"/\?from=[^&]+&to=[^&]+$"));
        var zoomed = Hours[1].Negative + Hours[1].Positive + Hours[2].Negative + Hours[2].Positive;
        await Expect(overview.Counter("posts")).ToHaveTextAsync($"{zoomed}");
        await Expect(overview.Counter("negative")).ToHaveTextAsync(Percent(Hours[1].Negative + Hours[2].Negative, zoomed));
        await Expect(overview.Chart("sentiment-distribution").Locator(".annotation-text")).ToContainTextAsync($"{zoomed}");
        await Expect(overview.Chart("top-hashtags").Locator(".bartext")).ToHaveTextAsync([$"{Hours[1].Negative + Hours[2].Negative}", $"{Hours[1].Positive + Hours[2].Positive}"]);
        await Expect(page.Locator(".range-custom")).ToBeVisibleAsync();
        await Expect(page.Locator(".range-button.is-active")).ToHaveCountAsync(0);
        await Expect(overview.Bars(Timeline)).ToHaveCountAsync(2);
        await BrowserFixture.SaveScreenshotIfRequestedAsync(page, "overview-zoomed");

        await overview.DoubleClickAsync(Timeline);

        await Expect(page).ToHaveURLAsync(new Regex(@"/\?range=6h$"));
        await Expect(overview.Counter("posts")).ToHaveTextAsync($"{Total}");
        await Expect(overview.Bars(Timeline)).ToHaveCountAsync(3);
        app.Logs.AssertNoErrors();
    });

    [Fact]
    public Task StackedSegment_HashtagBar_And_DonutSlice_EachListExactlyTheirPosts() => browser.RunAsync(app, output, async page =>
    {
        var overview = new OverviewPage(page);
        var posts = new PostsPage(page);
        await overview.GotoAsync(View);
        await overview.WaitForChartsAsync();

        // The second hour's negative segment (trace 0): that hour, that label.
        await overview.ClickAsync(overview.Bars(Timeline).Nth(1));
        await Expect(page).ToHaveURLAsync(new Regex(@"/posts\?from=[^&]+&to=[^&]+&sentiment=negative$"));
        await Expect(posts.Count).ToHaveTextAsync($"{Hours[1].Negative} posts match");
        await BrowserFixture.SaveScreenshotIfRequestedAsync(page, "drill-down-segment");

        await overview.GotoAsync(View);
        await overview.WaitForChartsAsync();
        await overview.ClickAsync(overview.Bars("top-hashtags").Nth(1));
        await Expect(page).ToHaveURLAsync(new Regex(@"/posts\?range=6h&tag=sunny$"));
        await Expect(posts.Count).ToHaveTextAsync($"{Hours.Sum(h => h.Positive)} posts match");

        await overview.GotoAsync(View);
        await overview.WaitForChartsAsync();
        await overview.ClickSliceAsync("sentiment-distribution", "negative");
        await Expect(page).ToHaveURLAsync(new Regex(@"/posts\?range=6h&sentiment=negative$"));
        await Expect(posts.Count).ToHaveTextAsync($"{Hours.Sum(h => h.Negative)} posts match");
        app.Logs.AssertNoErrors();
    });

    [Fact]
    public Task SegmentClick_FollowedByASecondClick_IsADoubleClick_AndDoesNotDrillDown() => browser.RunAsync(app, output, async page =>
    {
        var overview = new OverviewPage(page);
        await overview.GotoAsync("?from=" + Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(-6).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)));
        await overview.WaitForChartsAsync();
        var segment = await overview.Bars(Timeline).Nth(1).BoundingBoxAsync();

        await page.Mouse.DblClickAsync(segment!.X + (segment.Width / 2), segment.Y + (segment.Height / 2));

        // The reset goes back to the last relative range the page had, the default day here.
        await Expect(page).ToHaveURLAsync(new Regex(@"/\?range=24h$"));
        await Expect(overview.Counter("posts")).ToHaveTextAsync($"{Total}");
        app.Logs.AssertNoErrors();
    });

    [Fact]
    public Task ThemeToggle_RethemesEveryChartInPlace() => browser.RunAsync(app, output, async page =>
    {
        var overview = new OverviewPage(page);
        await overview.GotoAsync(View);
        await overview.WaitForChartsAsync();
        Assert.Equal("\"#ffffff\"", await overview.LayoutAsync(Timeline, "paper_bgcolor"));
        await page.EvaluateAsync("() => document.querySelectorAll('.js-plotly-plot').forEach(gd => gd.dataset.before = 'theme')");

        await page.GetByTestId("theme-toggle").ClickAsync();

        await page.WaitForFunctionAsync(
            "() => [...document.querySelectorAll('.js-plotly-plot')].every(gd => gd.dataset.before === 'theme' && gd._fullLayout.paper_bgcolor === '#1b2130' && gd._fullLayout.font.color === '#9aa5b8')");
        Assert.Equal("\"#f06a7f\"", await page.EvaluateAsync<string>($"() => JSON.stringify(document.querySelector('[data-testid={Timeline}] .js-plotly-plot')._fullData[0].marker.color)"));
        await BrowserFixture.SaveScreenshotIfRequestedAsync(page, "overview-dark");
        await page.GetByTestId("theme-toggle").ClickAsync();
        app.Logs.AssertNoErrors();
    });

    [Fact]
    public Task FirstLoad_StartsTheCircuitWithThePrerenderedOverview_NeverShowingLoading() => browser.RunAsync(app, output, async page =>
    {
        await page.AddInitScriptAsync(
            """
            window.sawLoading = false;
            new MutationObserver(() => window.sawLoading ||= document.querySelector('.loading') !== null)
                .observe(document, { childList: true, subtree: true });
            """);
        var overview = new OverviewPage(page);
        await overview.GotoAsync(View);

        await overview.WaitForChartsAsync();

        Assert.False(await page.EvaluateAsync<bool>("() => window.sawLoading"));
        await Expect(overview.Counter("posts")).ToHaveTextAsync($"{Total}");
        app.Logs.AssertNoErrors();
    });

    [Fact]
    public Task TenVisits_LeaveNoPlotBehind_DomNodesAndHeapStayFlat() => browser.RunAsync(app, output, async page =>
    {
        var overview = new OverviewPage(page);
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Performance.enable");
        await overview.GotoAsync(View);

        async Task VisitAsync()
        {
            await overview.Shell.NavLink("Overview").ClickAsync();
            await overview.WaitForChartsAsync();
            await overview.Shell.NavLink("Posts").ClickAsync();
            await Expect(new PostsPage(page).Count).ToContainTextAsync("posts match");
            await page.WaitForFunctionAsync("() => document.querySelectorAll('.js-plotly-plot').length === 0");
        }

        async Task<(double Nodes, double Heap)> MeasureAsync()
        {
            await cdp.SendAsync("HeapProfiler.collectGarbage");
            var metrics = (await cdp.SendAsync("Performance.getMetrics"))!.Value.GetProperty("metrics").EnumerateArray()
                .ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("value").GetDouble());
            return (metrics["Nodes"], metrics["JSHeapUsedSize"]);
        }

        // Two visits first: plotly.js, charts.js and the circuit's caches load once.
        await VisitAsync();
        await VisitAsync();
        var before = await MeasureAsync();
        for (var visit = 0; visit < 10; visit++)
        {
            await VisitAsync();
        }

        var after = await MeasureAsync();
        output.WriteLine($"after 10 visits: DOM nodes {before.Nodes} -> {after.Nodes}, JS heap {before.Heap / 1e6:0.0} -> {after.Heap / 1e6:0.0} MB");
        // A leaked overview holds about 1,600 nodes and 8.6 MB: one of them would break either bound.
        Assert.InRange(after.Nodes - before.Nodes, double.MinValue, 800);
        Assert.InRange(after.Heap - before.Heap, double.MinValue, 4e6);
        app.Logs.AssertNoErrors();
    });

    [Fact]
    public Task A_chart_drawing_queued_for_a_chart_that_left_the_page_does_nothing() => browser.RunAsync(app, output, async page =>
    {
        var overview = new OverviewPage(page);
        await overview.GotoAsync(View);
        await overview.WaitForChartsAsync();

        // What Plotly.Blazor does with a chart's first drawing queued before plotly.js loaded, once the chart is gone.
        await page.EvaluateAsync("() => window.Plotly.newPlot('a-chart-that-left-the-page', [])");
        await page.EvaluateAsync("() => window.Plotly.react('a-chart-that-left-the-page', [])");

        Assert.Equal(0, await page.Locator("#a-chart-that-left-the-page").CountAsync());
        app.Logs.AssertNoErrors();
    });

    private static string Percent(int part, int total) => (100.0 * part / total).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static (string Id, string Json) Line(string id, DateTimeOffset at, string text) =>
        (id, JsonSerializer.Serialize(new { id, created_at = at.ToString("O"), author = "@tester", text, lang = "en" }));
}
