using System.Text.Json;
using System.Text.RegularExpressions;
using SentimentDashboard.Tests.Infrastructure;
using SentimentDashboard.Tests.Pages;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SentimentDashboard.Tests.Browser;

/// <summary>
/// A replay of posts of the last forty minutes, then posts arriving live: a viewer who zoomed in to the live edge keeps
/// their zoom while the chart grows.
/// </summary>
public sealed class LiveChartTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string Timeline = "sentiment-over-time";
    private const int Earlier = 30;
    private const int Arriving = 90;

    private readonly AppFixture app = new();

    public async Task InitializeAsync()
    {
        var now = DateTimeOffset.UtcNow;
        var earlier = Enumerable.Range(0, Earlier).Select(i => JsonSerializer.Serialize(new { id = $"earlier-{i}", created_at = now.AddMinutes(i - 40).ToString("O"), text = "What a wonderful, happy day, I love this so much!", lang = "en" }));
        // Without a time, a replayed post is dated when it is read: these arrive live, three a second.
        var arriving = Enumerable.Range(0, Arriving).Select(i => JsonSerializer.Serialize(new { id = $"live-{i}", text = "This is the worst service ever, total disaster", lang = "en" }));
        var file = Path.Combine(app.TempDirectory, "live.jsonl");
        await File.WriteAllLinesAsync(file, earlier.Concat(arriving));
        app.Settings["Monitors:Startup:0"] = "replay:" + file;
        app.Settings["Replay:Rate"] = "3";
        await app.InitializeAsync();
        await app.WaitForPostAsync($"earlier-{Earlier - 1}");
    }

    public Task DisposeAsync() => ((IAsyncLifetime)app).DisposeAsync();

    [Fact]
    public Task ZoomToTheLiveEdge_KeepsTheZoom_WhileLivePostsAreAppended() => browser.RunAsync(app, output, async page =>
    {
        var overview = new OverviewPage(page);
        await overview.GotoAsync("?range=1h");
        await overview.WaitForChartsAsync();
        var area = await overview.PlotAreaAsync(Timeline);

        await overview.DragAsync(Timeline, area.X + (area.Width / 2), area.X + area.Width - 2);

        // Reaching the last bucket of a live view zooms to "from then on": live posts keep landing in it.
        await Expect(page).ToHaveURLAsync(new Regex(@"/\?from=[^&]+$"));
        var zoomed = page.Url;
        await overview.WaitForChartsAsync();
        var start = await overview.LayoutAsync(Timeline, "xaxis.range.0");
        var posts = int.Parse(await overview.Counter("posts").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        await page.EvaluateAsync($"() => document.querySelector('[data-testid={Timeline}] .js-plotly-plot').dataset.before = 'zoom'");

        // Wait for live posts to be counted and appended to the drawn chart (a patch, not a redraw).
        await page.WaitForFunctionAsync(
            """
            ([id, posts]) => {
                const gd = document.querySelector(`[data-testid=${id}] .js-plotly-plot`);
                const counted = parseInt(document.querySelector(".counter-card[data-counter=posts] .counter-value").textContent.replace(/,/g, ""));
                return counted > posts && Number(gd.dataset.patches ?? 0) > 0 && gd.data[0].y.some(v => v > 0);
            }
            """,
            new object[] { Timeline, posts });

        Assert.Equal(zoomed, page.Url);
        Assert.Equal(start, await overview.LayoutAsync(Timeline, "xaxis.range.0"));
        Assert.Equal("zoom", await page.EvaluateAsync<string>($"() => document.querySelector('[data-testid={Timeline}] .js-plotly-plot').dataset.before"));
        await BrowserFixture.SaveScreenshotIfRequestedAsync(page, "overview-live-zoom");
        app.Logs.AssertNoErrors();
    });
}
