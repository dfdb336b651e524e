using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SentimentDashboard.Analysis;
using SentimentDashboard.Data;
using SentimentDashboard.Tests.Infrastructure;
using SentimentDashboard.Tests.Pages;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SentimentDashboard.Tests.Browser;

/// <summary>
/// A finished live of twelve segments ten seconds apart (the posts of a replay monitor, recorded as a live of it):
/// its risk curve zooms the page, and its points open that moment's posts.
/// </summary>
public sealed class LiveRiskCurveTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const int Segments = 12;
    private static readonly DateTimeOffset Start = DateTimeOffset.UtcNow.AddHours(-1).AddTicks(-(DateTimeOffset.UtcNow.Ticks % TimeSpan.TicksPerSecond));

    private readonly AppFixture app = new();
    private long liveId;

    private static DateTimeOffset SegmentAt(int i) => Start.AddSeconds(10 * (i + 1));

    public async Task InitializeAsync()
    {
        var file = Path.Combine(app.TempDirectory, "speech.jsonl");
        await File.WriteAllLinesAsync(file, Enumerable.Range(0, Segments).Select(i => JsonSerializer.Serialize(new
        {
            id = $"segment-{i}",
            created_at = SegmentAt(i).ToString("O"),
            text = i % 3 == 0 ? "This is the worst service ever, I hate it so much, total disaster" : "What a wonderful, happy day, I love this so much!",
            lang = "en",
        })));
        app.Settings["Monitors:Startup:0"] = "replay:" + file;
        await app.InitializeAsync();
        await app.WaitForPostAsync($"segment-{Segments - 1}");
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
        var live = new LiveEntity { MonitorId = await db.Monitors.Select(m => m.Id).SingleAsync(), StartedAt = Start, EndedAt = SegmentAt(Segments), Title = "Council meeting", Segments = Segments };
        db.Lives.Add(live);
        await db.SaveChangesAsync();
        liveId = live.Id;
    }

    public Task DisposeAsync() => ((IAsyncLifetime)app).DisposeAsync();

    [Fact]
    public Task Brush_ZoomsTheCurveAndTheTranscript_DoubleClickShowsTheWholeLive_AndAPointOpensItsMoment() => browser.RunAsync(app, output, async page =>
    {
        var overview = new OverviewPage(page);
        var segments = page.Locator(".transcript-segment");
        await page.GotoAsync($"lives/{liveId}");
        await overview.WaitForChartsAsync();
        await Expect(segments).ToHaveCountAsync(Segments);
        var area = await overview.PlotAreaAsync("risk");

        await overview.DragAsync("risk", area.X + (area.Width * 0.3), area.X + (area.Width * 0.6));

        await Expect(page).ToHaveURLAsync(new Regex($@"/lives/{liveId}\?from=[^&]+&to=[^&]+$"));
        var window = PostFilter.Parse(new Uri(page.Url).Query).Range;
        var inWindow = Enumerable.Range(0, Segments).Count(i => SegmentAt(i) >= window.From && SegmentAt(i) < window.To);
        Assert.InRange(inWindow, 1, Segments - 1);
        await Expect(segments).ToHaveCountAsync(inWindow);
        await Expect(page.GetByTestId("transcript-window")).ToContainTextAsync("whole live");
        var zoomed = JsonSerializer.Serialize(new[] { Axis(window.From!.Value), Axis(window.To!.Value) });
        await overview.WaitForLayoutAsync("risk", "xaxis.range", zoomed);
        await BrowserFixture.SaveScreenshotIfRequestedAsync(page, "live-risk-zoomed");

        await overview.DoubleClickAsync("risk");

        await Expect(page).ToHaveURLAsync(new Regex($@"/lives/{liveId}$"));
        await Expect(segments).ToHaveCountAsync(Segments);
        await page.WaitForFunctionAsync(
            "zoomed => JSON.stringify(document.querySelector('[data-testid=risk] .js-plotly-plot')._fullLayout.xaxis.range) !== zoomed", zoomed);

        await page.GotoAsync($"lives/{liveId}");
        await overview.WaitForChartsAsync();
        await overview.ClickAsync(page.GetByTestId("risk").Locator(".scatterlayer .trace").First.Locator(".point").Nth(4));
        await Expect(page).ToHaveURLAsync(new Regex(@"/posts\?from=[^&]+&to=[^&]+&monitor=\d+$"));
        await Expect(new PostsPage(page).Count).ToHaveTextAsync("1 post matches");
        await Expect(new PostsPage(page).Posts.First.Locator(".post-text")).ToHaveTextAsync(new Regex("wonderful"));

        app.Logs.AssertNoErrors();
    });

    /// <summary>How Plotly writes back a range the app set (the browser runs in UTC here).</summary>
    private static string Axis(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
