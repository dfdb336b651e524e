using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SentimentDashboard.Accounts;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Tests.Infrastructure;
using SentimentDashboard.Tests.Pages;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SentimentDashboard.Tests.Browser;

/// <summary>A burst of hateful posts replayed while the overview is open: the default hate-burst rule reaches the viewer.</summary>
public sealed class AlertsPageTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const int Hateful = 12;

    private static readonly string[] HatefulTexts =
    [
        "all those immigrants are animals, kick them out of our country",
        "those muslims are filthy animals, send them all back",
        "women are trash and belong in the kitchen",
    ];

    private readonly AppFixture app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)app).DisposeAsync();

    [Fact]
    public Task A_hate_burst_shows_a_snackbar_and_an_alert_that_an_analyst_acknowledges() =>
        browser.RunAsync(app, new BrowserSession(Roles.Analyst), output, async page =>
        {
            var shell = new AppShell(page);
            await page.GotoAsync("/");
            await shell.WaitForInteractiveAsync();
            await Expect(page.GetByTestId("alert-badge").Locator(".mud-badge")).Not.ToBeVisibleAsync();

            var replay = Path.Combine(app.TempDirectory, "burst.jsonl");
            await File.WriteAllLinesAsync(replay,
            [
                ReplayFiles.Line("calm-1", "What a lovely sunny day at the park with friends"),
                .. Enumerable.Range(1, Hateful).Select(i => ReplayFiles.Line($"hate-{i}", $"{HatefulTexts[i % HatefulTexts.Length]} {i}")),
            ]);
            await app.Services.GetRequiredService<MonitorRegistry>().AddAsync(MonitorKind.Replay, replay);

            await Expect(shell.Snackbars.Filter(new() { HasTextRegex = new Regex("^Hate burst: \\d+ posts") })).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await Expect(page.GetByTestId("alert-badge").Locator(".mud-badge")).ToBeVisibleAsync();
            // The count sits on the bell, inside the bar, not cut by the window's top edge.
            var badge = (await page.GetByTestId("alert-badge").Locator(".mud-badge").BoundingBoxAsync())!;
            var bell = (await page.GetByTestId("alert-bell").BoundingBoxAsync())!;
            Assert.InRange(badge.Y, 0, bell.Y + (bell.Height / 2));
            Assert.InRange(badge.X, bell.X, bell.X + bell.Width);

            await page.GetByTestId("alert-bell").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/alerts$"));
            var burst = page.GetByTestId("alert-item").Filter(new() { HasText = "Hate burst" });
            await Expect(burst).ToHaveCountAsync(1);
            await Expect(burst.GetByTestId("alert-severity")).ToHaveTextAsync("Critical");
            await Expect(burst.GetByTestId("alert-title")).ToHaveTextAsync(new Regex($"^Hate burst: {Hateful} posts in \\d+ min$"), new() { Timeout = 30_000 });

            await burst.GetByTestId("alert-acknowledge").ClickAsync();
            await burst.GetByLabel("Note (what was done)").FillAsync("Reported the accounts to the instance's moderators");
            await burst.GetByTestId("ack-confirm").ClickAsync();
            await Expect(burst.GetByTestId("alert-acknowledged")).ToContainTextAsync("Reported the accounts to the instance's moderators");
            await Expect(burst.GetByTestId("alert-acknowledged")).ToContainTextAsync(TestAccounts.AnalystEmail);

            await Expect(page.GetByTestId("alert-item")).ToHaveCountAsync(2);
            await BrowserFixture.SaveScreenshotIfRequestedAsync(page, "alerts-list");
            await page.GetByTestId("kind-filter").ClickAsync();
            await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextString = "spike" }).ClickAsync();
            await Expect(page.GetByTestId("alert-item")).ToHaveCountAsync(1);
            await Expect(page.GetByTestId("export-alerts")).ToHaveAttributeAsync("href", "export/alerts.csv?kind=spike");

            await burst.GetByTestId("alert-charts").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/\\?from=[^&]+&to=[^&]+(&monitor=\\d+)?&mark=\\d+$"));
            await Expect(page.GetByTestId("marked-alert")).ToContainTextAsync("Hate burst");
            // The shade covers the burst's minutes on both time charts, behind the data.
            await page.WaitForFunctionAsync(
                "() => [...document.querySelectorAll('.js-plotly-plot')].filter(gd => gd._fullLayout?.shapes?.length === 1 && gd._fullLayout.shapes[0].layer === 'below').length === 2");
            await BrowserFixture.SaveScreenshotIfRequestedAsync(page, "alert-on-the-charts");
            await page.GetByTestId("marked-alert-posts").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/posts\\?range=all&alert=\\d+$"));
            await Expect(page.GetByText("kick them out of our country 3")).ToBeVisibleAsync();

            await page.GotoAsync("/alerts");
            await shell.WaitForInteractiveAsync();
            await burst.GetByTestId("alert-posts").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/posts\\?range=all&alert=\\d+$"));
            await Expect(page.GetByText("kick them out of our country 3")).ToBeVisibleAsync();
            await Expect(page.GetByText("lovely sunny day")).Not.ToBeVisibleAsync();
            await BrowserFixture.SaveScreenshotIfRequestedAsync(page, "alerts");
            app.Logs.AssertNoErrors();
        });
}
