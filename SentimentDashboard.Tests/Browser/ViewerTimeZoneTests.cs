using System.Globalization;
using System.Text.Json;
using SentimentDashboard.Tests.Infrastructure;
using SentimentDashboard.Tests.Pages;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SentimentDashboard.Tests.Browser;

/// <summary>A browser in Tokyo (UTC+9, no daylight saving) sees every time in its own zone, named where it is shown.</summary>
public sealed class ViewerTimeZoneTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string Tokyo = "Asia/Tokyo";
    private readonly AppFixture app = new();

    // Two hours ago at 17 minutes and 42 seconds past, so the default views hold it whatever the hour of the run.
    private static readonly DateTimeOffset PostedAt = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero)
        .AddHours(DateTime.UtcNow.Hour - 2).AddMinutes(17).AddSeconds(42);

    public Task InitializeAsync() => ReplayFiles.StartAsync(app,
    [
        JsonSerializer.Serialize(new { id = "tokyo-1", created_at = PostedAt.ToString("O"), author = "@far", text = "What a lovely morning walk", lang = "en" }),
    ]);

    public Task DisposeAsync() => ((IAsyncLifetime)app).DisposeAsync();

    [Fact]
    public Task PostsAndCharts_ShowTheViewersZone_AndNameIt() => browser.RunAsync(app, Tokyo, output, async page =>
    {
        await app.WaitForPostAsync("tokyo-1");
        var shell = new AppShell(page);
        await page.GotoAsync("/posts?range=all");
        await shell.WaitForInteractiveAsync();

        await Expect(shell.TimeZone).ToHaveTextAsync($"times in {Tokyo}");
        var posts = new PostsPage(page);
        await Expect(page.Locator("[data-testid='post-list'] th").First).ToContainTextAsync($"Time ({Tokyo})");
        var local = PostedAt.ToOffset(TimeSpan.FromHours(9));
        await Expect(posts.Posts.First).ToContainTextAsync(local.ToString("HH:mm:ss", CultureInfo.InvariantCulture));

        await page.GotoAsync("/?range=all");
        await shell.WaitForInteractiveAsync();
        await new OverviewPage(page).WaitForChartsAsync();
        await Expect(page.GetByTestId("sentiment-over-time").Locator(".xtitle")).ToHaveTextAsync($"time ({Tokyo})");
        app.Logs.AssertNoErrors();
    });
}
