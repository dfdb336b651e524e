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

    public Task InitializeAsync() => ReplayFiles.StartAsync(app, Enumerable.Range(1, Count).Select(i => i % 2 == 0
        ? ReplayFiles.Line($"good-{i}", $"What a wonderful, happy day, I love this so much {i}!")
        : ReplayFiles.Line($"bad-{i}", $"This is the worst service ever, I hate it, total disaster {i}")), rate: 4);

    public Task DisposeAsync() => ((IAsyncLifetime)app).DisposeAsync();

    [Fact]
    public Task LiveFeed_Pauses_CountsWhatArrives_AndResumesWithIt() => browser.RunAsync(app, output, async page =>
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
    public Task LiveFeed_SentimentFilter_ShowsOnlyThatLabel() => browser.RunAsync(app, output, async page =>
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
}
