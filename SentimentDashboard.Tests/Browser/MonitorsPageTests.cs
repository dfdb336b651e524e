using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SentimentDashboard.Tests.Infrastructure;
using SentimentDashboard.Tests.Pages;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SentimentDashboard.Tests.Browser;

/// <summary>The Monitors page on an app started with one replay monitor, in a real browser.</summary>
public sealed class MonitorsPageTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const int Posts = 55;
    private readonly AppFixture app = new();

    public Task InitializeAsync() =>
        ReplayFiles.StartAsync(app, Enumerable.Range(1, Posts).Select(i => ReplayFiles.Line($"p-{i}", $"What a wonderful, happy day number {i} #Sunny")));

    public Task DisposeAsync() => ((IAsyncLifetime)app).DisposeAsync();

    [Fact]
    public Task MonitorsPage_AddsAnUploadedReplay_RefusesADuplicateAndAnInvalidFile_And_PausesAndResumes() => browser.RunAsync(app, output, async page =>
    {
        var monitors = new MonitorsPage(page);
        await monitors.GotoAsync();
        await Expect(monitors.Rows).ToHaveCountAsync(1);
        await monitors.ChooseKindAsync("replay");

        var upload = new FilePayload { Name = "uploaded.jsonl", MimeType = "application/x-ndjson", Buffer = System.Text.Encoding.UTF8.GetBytes(ReplayFiles.Line("up-1", "Uploaded from the browser, a lovely day")) };
        await monitors.ChooseFileAsync(upload);
        await monitors.AddButton.ClickAsync();
        await Expect(monitors.Shell.Snackbars.Filter(new() { HasTextString = "Added monitor #2 (replay:" })).ToBeVisibleAsync();
        await Expect(monitors.Rows).ToHaveCountAsync(2);
        await Expect(monitors.Row(1).Locator(".target")).ToContainTextAsync("uploaded-");
        await Expect(monitors.FieldError).ToHaveCountAsync(0);

        await monitors.ChooseFileAsync(upload);
        await monitors.AddButton.ClickAsync();
        await Expect(monitors.FieldError).ToContainTextAsync("already exists (monitor #2)");
        await Expect(monitors.Shell.Snackbars.Filter(new() { HasTextString = "Upload refused: A replay monitor" })).ToBeVisibleAsync();

        await monitors.ChooseFileAsync(new FilePayload { Name = "broken.jsonl", MimeType = "application/x-ndjson", Buffer = "<html>not posts</html>"u8.ToArray() });
        await monitors.AddButton.ClickAsync();
        await Expect(monitors.FieldError).ToContainTextAsync("'broken.jsonl' has no readable post in its first 1 records");
        await Expect(monitors.Rows).ToHaveCountAsync(2);

        var first = monitors.Row(0);
        await MonitorsPage.Action(first, "pause").ClickAsync();
        await Expect(MonitorsPage.State(first)).ToHaveTextAsync("paused");
        await Expect(monitors.Shell.Snackbars.Filter(new() { HasTextString = "Paused monitor #1" })).ToBeVisibleAsync();
        await MonitorsPage.Action(first, "resume").ClickAsync();
        await Expect(MonitorsPage.State(first)).Not.ToHaveTextAsync("paused");
        await Expect(MonitorsPage.Action(first, "pause")).ToBeVisibleAsync();

        var search = page.GetByTestId("grid-search");
        await search.FillAsync("UPLOADED");
        await Expect(monitors.Rows).ToHaveCountAsync(1);
        await Expect(monitors.Row(0).Locator(".target")).ToContainTextAsync("uploaded-");
        await search.FillAsync("");
        await Expect(monitors.Rows).ToHaveCountAsync(2);
        await BrowserFixture.SaveScreenshotIfRequestedAsync(page, "monitors");
        app.Logs.AssertNoErrors();
    });

    [Fact]
    public Task MonitorsPage_SaysWhyATargetIsRefused_And_DeletesOnlyOnceConfirmed() => browser.RunAsync(app, output, async page =>
    {
        var monitors = new MonitorsPage(page);
        await app.WaitForPostAsync($"p-{Posts}");
        await monitors.GotoAsync();

        await monitors.Target.FillAsync("mastodon.social/tags/news");
        await monitors.AddButton.ClickAsync();
        await Expect(monitors.FieldError).ToHaveTextAsync("'mastodon.social/tags/news' is not an absolute URL (a mastodon monitor watches a web address).");

        var row = monitors.Row(0);
        await MonitorsPage.Action(row, "delete").ClickAsync();
        await Expect(monitors.DeleteDialog).ToContainTextAsync("Delete monitor #1?");
        await Expect(monitors.DeleteDialog).ToContainTextAsync($"Its {Posts} stored posts are deleted with it");
        await BrowserFixture.SaveScreenshotIfRequestedAsync(page, "monitors-delete");
        await monitors.DeleteDialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(monitors.DeleteDialog).ToHaveCountAsync(0);
        await Expect(monitors.Rows).ToHaveCountAsync(1);

        await MonitorsPage.Action(row, "delete").ClickAsync();
        await monitors.DeleteDialog.GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();
        await Expect(monitors.Shell.Snackbars.Filter(new() { HasTextString = $"Deleted monitor #1 and its {Posts} posts." })).ToBeVisibleAsync();
        await Expect(monitors.Rows).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid='monitor-table']")).ToContainTextAsync("No monitors");

        await page.GotoAsync("/posts?range=all");
        await Expect(new PostsPage(page).Count).ToHaveTextAsync("0 posts match");
        await Expect(page.Locator("[data-testid='post-list']")).ToContainTextAsync("No posts match");
        app.Logs.AssertNoErrors();
    });
}
