using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SentimentDashboard.Tests.Infrastructure;
using SentimentDashboard.Tests.Pages;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SentimentDashboard.Tests.Browser;

/// <summary>The live feed while a replay delivers four posts a second, in a real browser.</summary>
public sealed class LiveFeedPageTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const int Count = 100;
    private readonly AppFixture app = new();

    public async Task InitializeAsync()
    {
        var replay = Path.Combine(app.TempDirectory, "posts.jsonl");
        await File.WriteAllLinesAsync(replay, Enumerable.Range(1, Count).Select(i => i % 2 == 0
            ? Line($"good-{i}", $"What a wonderful, happy day, I love this so much {i}!")
            : Line($"bad-{i}", $"This is the worst service ever, I hate it, total disaster {i}")));
        app.Settings["Monitors:Startup:0"] = "replay:" + replay;
        app.Settings["Replay:Rate"] = "4";
        await app.InitializeAsync();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)app).DisposeAsync();

    [Fact]
    public Task LiveFeed_Pauses_CountsWhatArrives_AndResumesWithIt() => browser.RunAsync(app.BaseAddress, output, async page =>
    {
        await page.GotoAsync("/live");
        await new AppShell(page).WaitForInteractiveAsync();
        var items = page.GetByTestId("live-list").Locator("li");
        await Expect(items.First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var pause = page.GetByTestId("pause");

        await pause.ClickAsync();
        await Expect(pause).ToHaveTextAsync(new Regex(@"Resume \([1-9]\d* new\)"), new() { Timeout = 30_000 });
        var shown = await items.CountAsync();
        await Expect(items).ToHaveCountAsync(shown);

        await pause.ClickAsync();
        await Expect(pause).ToHaveTextAsync("Pause");
        await Expect(items).Not.ToHaveCountAsync(shown);
        await BrowserFixture.SaveScreenshotIfRequestedAsync(page, "live-feed");
        app.Logs.AssertNoErrors();
    });

    [Fact]
    public Task LiveFeed_SentimentFilter_ShowsOnlyThatLabel() => browser.RunAsync(app.BaseAddress, output, async page =>
    {
        await app.WaitForPostAsync("bad-9");
        await page.GotoAsync("/live");
        await new AppShell(page).WaitForInteractiveAsync();
        var items = page.GetByTestId("live-list").Locator("li");
        await Expect(items.First).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Group, new() { Name = "Sentiment" }).GetByText("negative", new() { Exact = true }).ClickAsync();

        await Expect(items.First.Locator(".label-badge").First).ToHaveTextAsync(new Regex("^negative"));
        foreach (var badge in await items.Locator(".label-badge:not([data-label='emotion'])").AllAsync())
        {
            await Expect(badge).ToHaveAttributeAsync("data-label", "negative");
        }

        await page.GetByRole(AriaRole.Group, new() { Name = "Sentiment" }).GetByText("unscored", new() { Exact = true }).ClickAsync();
        await Expect(page.GetByText("No post matches these filters")).ToBeVisibleAsync();
        app.Logs.AssertNoErrors();
    });

    private static string Line(string id, string text) =>
        System.Text.Json.JsonSerializer.Serialize(new { id, created_at = DateTimeOffset.UtcNow.AddMinutes(-5).ToString("O"), author = "@tester", text, lang = "en" });
}
