using System.Text.RegularExpressions;
using SentimentDashboard.Tests.Infrastructure;
using SentimentDashboard.Tests.Pages;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SentimentDashboard.Tests.Browser;

/// <summary>The posts grid on an app that replayed 60 posts, in a real browser: paging, sorting, filters and why.</summary>
public sealed class PostsPageTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const int Hostile = 20;
    private const int Friendly = 40;
    private readonly AppFixture app = new();

    public Task InitializeAsync() => ReplayFiles.StartAsync(app,
        Enumerable.Range(1, Hostile).Select(i => ReplayFiles.Line($"hostile-{i}", $"@ref{i % 3} you are a stupid useless idiot, I hate you all, shut up {i} #Derby", $"@angry{i % 4}"))
            .Concat(Enumerable.Range(1, Friendly).Select(i => ReplayFiles.Line($"friendly-{i}", $"Lovely walk by the river this morning, thanks everyone {i} #Sunny", $"@walker{i % 5}"))));

    public Task DisposeAsync() => ((IAsyncLifetime)app).DisposeAsync();

    [Fact]
    public Task PostsPage_PagesThroughEveryPost_AtTheChosenPageSize() => browser.RunAsync(app, output, async page =>
    {
        var posts = await OpenAsync(page, "?range=all");

        await Expect(posts.Count).ToHaveTextAsync($"{Hostile + Friendly} posts match");
        await Expect(posts.Posts).ToHaveCountAsync(50);
        await posts.ShowPerPageAsync(25);
        await Expect(posts.Posts).ToHaveCountAsync(25);
        await posts.NextPageAsync();
        await posts.NextPageAsync();
        await Expect(posts.Posts).ToHaveCountAsync(Hostile + Friendly - 50);
        await Expect(page.Locator(".mud-table-pagination")).ToContainTextAsync($"51-60 of {Hostile + Friendly}");
        app.Logs.AssertNoErrors();
    });

    [Fact]
    public Task PostsPage_SortsByRisk_BothWays_AndExplainsAPost() => browser.RunAsync(app, output, async page =>
    {
        var posts = await OpenAsync(page, "?range=all");
        await Expect(posts.Posts).ToHaveCountAsync(50);

        await posts.SortHeader("Risk").ClickAsync();
        await Expect(posts.Posts.First).ToContainTextAsync("Lovely walk");
        var ascending = await posts.ScoresAsync("Risk");
        Assert.Equal(ascending.OrderBy(r => r), ascending);

        await posts.SortHeader("Risk").ClickAsync();
        await Expect(posts.Posts.First).ToContainTextAsync("stupid useless idiot");
        var descending = await posts.ScoresAsync("Risk");
        Assert.Equal(descending.OrderByDescending(r => r), descending);
        Assert.True(descending[0] > ascending[0], $"riskiest {descending[0]}% should exceed the safest {ascending[0]}%");

        await posts.Posts.First.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "why?" }).ClickAsync();
        await Expect(posts.Explanation.Locator(".explain-row")).ToHaveCountAsync(4);
        await Expect(posts.Explanation.Locator(".explain-row[data-task='offensive'] .chip").First).ToBeVisibleAsync();
        await BrowserFixture.SaveScreenshotIfRequestedAsync(page, "posts-sorted");
        app.Logs.AssertNoErrors();
    });

    [Fact]
    public Task PostsPage_FiltersLiveInTheUrl_ChipsRemoveThem_SearchAndAuthorsAddThem() => browser.RunAsync(app, output, async page =>
    {
        var posts = await OpenAsync(page, "?range=all&tag=sunny");
        await Expect(posts.Count).ToHaveTextAsync($"{Friendly} posts match");
        await Expect(posts.Filter("tag")).ToHaveTextAsync("#sunny");

        await posts.Filter("tag").Locator(".mud-chip-close-button").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/posts\\?range=all$"));
        await Expect(posts.Count).ToHaveTextAsync($"{Hostile + Friendly} posts match");

        await posts.Search.FillAsync("useless");
        await posts.Search.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("q=useless"));
        await Expect(posts.Count).ToHaveTextAsync($"{Hostile} posts match");
        await Expect(posts.Filter("q")).ToHaveTextAsync("text “useless”");

        var author = posts.Posts.First.Locator(".post-author");
        var name = await author.TextContentAsync();
        await author.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"author=(%40|@){name![1..]}&q=useless$"));
        await Expect(posts.Filter("author")).ToHaveTextAsync($"by {name}");
        await Expect(posts.Count).ToHaveTextAsync($"{Hostile / 4} posts match");
        await BrowserFixture.SaveScreenshotIfRequestedAsync(page, "posts-filtered");
        app.Logs.AssertNoErrors();
    });

    /// <summary>Opens the posts page once the replay has stored every post.</summary>
    private async Task<PostsPage> OpenAsync(Microsoft.Playwright.IPage page, string query)
    {
        await app.WaitForPostAsync($"friendly-{Friendly}");
        await page.GotoAsync("/posts" + query);
        return new PostsPage(page);
    }
}
