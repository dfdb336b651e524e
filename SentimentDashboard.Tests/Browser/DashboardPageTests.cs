using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SentimentDashboard.Accounts;
using SentimentDashboard.Tests.Infrastructure;
using SentimentDashboard.Tests.Pages;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SentimentDashboard.Tests.Browser;

/// <summary>The dashboard on an app started as <c>--replay FILE</c> would start it, seen in a real browser.</summary>
public sealed class DashboardPageTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const int Negative = 24;
    private const int Positive = 30;
    private readonly AppFixture app = new();

    private string ReplayFile => Path.Combine(app.TempDirectory, "posts.jsonl");

    public async Task InitializeAsync()
    {
        var posts = Enumerable.Range(1, Negative).Select(i => Line($"neg-{i}", $"This is the worst service ever, I hate it so much, total disaster #Fail{i % 2}"))
            .Concat(Enumerable.Range(1, Positive).Select(i => Line($"pos-{i}", $"What a wonderful, happy day, I love this so much! #Sunny")))
            .Append(Line("xss", "<img src=x onerror=alert(1)> look, \"quoted\", text"));
        await File.WriteAllLinesAsync(ReplayFile, posts);
        app.Settings["Monitors:Startup:0"] = "replay:" + ReplayFile;
        app.Settings["Replay:Rate"] = "40";
        await app.InitializeAsync();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)app).DisposeAsync();

    private static string Line(string id, string text) =>
        System.Text.Json.JsonSerializer.Serialize(new { id, created_at = DateTimeOffset.UtcNow.AddMinutes(-5).ToString("O"), author = "@tester", text, lang = "en" });

    [Fact]
    public Task Overview_FillsInLive_And_SegmentClick_ListsThePostsBehindIt() => browser.RunAsync(app, output, async page =>
    {
        var dashboard = new OverviewPage(page);
        await dashboard.GotoAsync();

        // The replay runs at 40 posts/s: the counter reaches the total through live refreshes, without a reload.
        await Expect(dashboard.Counter("posts")).ToHaveTextAsync($"{Negative + Positive + 1}", new() { Timeout = 30_000 });
        await dashboard.WaitForChartsAsync();
        await Expect(dashboard.Bars("sentiment-over-time", trace: 2).First).ToBeVisibleAsync();
        await BrowserFixture.SaveScreenshotIfRequestedAsync(page, "overview");

        // The largest bar (#sunny, 30 posts) is drawn first, at the top.
        await dashboard.ClickAsync(dashboard.Bars("top-hashtags").First);

        await Expect(page).ToHaveURLAsync(new Regex("/posts\\?.*tag=sunny"));
        var posts = new PostsPage(page);
        await Expect(posts.Count).ToHaveTextAsync($"{Positive} posts match");
        await Expect(posts.Filter("tag")).ToContainTextAsync("#sunny");
        await Expect(posts.Posts.First.Locator(".label-badge").First).ToHaveTextAsync(new Regex("^positive"));
        await BrowserFixture.SaveScreenshotIfRequestedAsync(page, "posts");

        await page.GotoAsync("/live");
        await Expect(page.GetByTestId("live-list").Locator("li").First).ToBeVisibleAsync();
        await BrowserFixture.SaveScreenshotIfRequestedAsync(page, "live-feed");
        app.Logs.AssertNoErrors();
    });

    [Fact]
    public Task SentimentSegment_Click_ListsThatBucketsPostsOfThatLabel() => browser.RunAsync(app, output, async page =>
    {
        var dashboard = new OverviewPage(page);
        await dashboard.GotoAsync("?range=all");
        await Expect(dashboard.Counter("posts")).ToHaveTextAsync($"{Negative + Positive + 1}", new() { Timeout = 30_000 });

        // The first trace is "negative": clicking its segment opens that bucket's negative posts.
        await dashboard.WaitForChartsAsync();
        await dashboard.ClickAsync(dashboard.Bars("sentiment-over-time", trace: 0).First);

        await Expect(page).ToHaveURLAsync(new Regex("/posts\\?from=.*&to=.*&sentiment=negative"));
        var posts = new PostsPage(page);
        await Expect(posts.Count).ToHaveTextAsync($"{Negative} posts match");
        foreach (var badge in await posts.Posts.Locator(".label-badge[data-label]:not([data-label='emotion'])").AllAsync())
        {
            await Expect(badge).ToHaveAttributeAsync("data-label", "negative");
        }
    });

    [Fact]
    public Task PostWithMarkup_ShowsAsText_And_RunsNothing() => browser.RunAsync(app, output, async page =>
    {
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        await app.WaitForPostAsync("xss");

        await page.GotoAsync("/posts?range=all&q=onerror");

        var post = page.Locator("[data-post-id='xss'] .post-text");
        await Expect(post).ToHaveTextAsync("<img src=x onerror=alert(1)> look, \"quoted\", text");
        await Expect(page.Locator(".post-list img")).ToHaveCountAsync(0);
        Assert.Equal(0, dialogs);
    });

    [Fact]
    public async Task ExportCsv_OfAView_StreamsItsRowsWithQuoting()
    {
        await app.WaitForPostAsync("xss");
        using var client = await app.CreateSignedInClientAsync(Roles.Analyst);

        var csv = await client.GetStringAsync("/export/posts.csv?range=all&q=quoted");

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,created_at,monitor,author,lang,text,sentiment,sentiment_score,hate,offensive,risk", lines[0]);
        var row = Assert.Single(lines[1..]);
        Assert.StartsWith("xss,", row);
        Assert.Contains(",\"<img src=x onerror=alert(1)> look, \"\"quoted\"\", text\",", row);

        using var api = app.CreateApiClient();
        var all = await api.GetStringAsync("/api/posts.csv");
        Assert.Equal(Negative + Positive + 1 + 1, all.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task ExportCsv_WithRiskDetails_AppendsTheRiskAnalysisAfterTheContractColumns()
    {
        await app.WaitForPostAsync("xss");
        using var client = await app.CreateSignedInClientAsync(Roles.Analyst);

        var csv = SentimentDashboard.Classification.CsvReader.Parse(await client.GetStringAsync("/export/posts.csv?range=all&details=risk"), "export.csv");

        Assert.Equal(
            "id,created_at,monitor,author,lang,text,sentiment,sentiment_score,hate,offensive,risk,risk_category,virality,engagement_per_minute," +
            "hate_target,target_terms,calibrated_negative,calibrated_hate,calibrated_offensive,content_risk,risk_justification",
            string.Join(',', csv[0].Fields));
        var rows = csv.Skip(1).ToList();
        Assert.Equal(Negative + Positive + 1, rows.Count);
        var negative = rows.First(r => r.Fields[0] == "neg-1").Fields;
        Assert.Contains(negative[11], (string[])["neutral", "polemic", "potentially viral", "hateful"]);
        Assert.Equal("low", negative[12]);
        Assert.Contains("Risk", negative[20], StringComparison.Ordinal);
        Assert.True(float.Parse(negative[16], System.Globalization.CultureInfo.InvariantCulture) > 0.5f);
    }
}
