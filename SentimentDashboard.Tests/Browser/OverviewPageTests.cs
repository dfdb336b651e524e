using System.Text.RegularExpressions;
using SentimentDashboard.Tests.Infrastructure;
using SentimentDashboard.Tests.Pages;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SentimentDashboard.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed class OverviewPageTests(AppFixture app, BrowserFixture browser, ITestOutputHelper output)
{
    private static readonly Regex ActiveClass = new(@"\bactive\b");

    [Fact]
    public Task OverviewPage_Shows_ProductName_Navigation_And_WhatToDo_When_Empty() => browser.RunAsync(app, output, async page =>
    {
        var overview = new OverviewPage(page);
        await overview.GotoAsync();

        await Expect(page).ToHaveTitleAsync("Overview · SentimentDashboard");
        await Expect(overview.Shell.ProductName).ToHaveTextAsync("SentimentDashboard");
        // An admin's menu ends with the admin pages.
        await Expect(overview.Shell.NavLinks).ToHaveCountAsync(13);
        await Expect(overview.Shell.NavLink("Alerts")).ToHaveAttributeAsync("href", "alerts");
        await Expect(overview.Shell.NavLink("Review queue")).ToHaveAttributeAsync("href", "review");
        await Expect(overview.Shell.NavLink("Alert rules")).ToHaveAttributeAsync("href", "admin/alert-rules");
        await Expect(overview.Shell.NavLink("Users")).ToHaveAttributeAsync("href", "admin/users");
        await Expect(overview.Shell.NavLink("API keys")).ToHaveAttributeAsync("href", "admin/api-keys");
        await Expect(overview.Shell.NavLink("Audit log")).ToHaveAttributeAsync("href", "admin/audit");
        await Expect(overview.Shell.NavLink("Posts")).ToHaveAttributeAsync("href", "posts");
        await Expect(overview.Shell.NavLink("Live feed")).ToHaveAttributeAsync("href", "live");
        await Expect(overview.Shell.NavLink("Lives")).ToHaveAttributeAsync("href", "lives");
        await Expect(overview.Shell.NavLink("Overview")).ToHaveAttributeAsync("href", "");
        await Expect(overview.Shell.NavLink("Playground")).ToHaveAttributeAsync("href", "playground");
        await Expect(overview.Shell.NavLink("Status")).ToHaveAttributeAsync("href", "status");
        await Expect(overview.Shell.NavLink("Overview")).ToHaveClassAsync(ActiveClass);
        // This app has no monitor and no post: the overview says what to do.
        await Expect(overview.EmptyState).ToContainTextAsync("No posts in this view yet");
        await Expect(overview.EmptyState.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Monitors" })).ToBeVisibleAsync();
        await BrowserFixture.SaveScreenshotIfRequestedAsync(page, "overview-empty");
        app.Logs.AssertNoErrors();
    });

    [Fact]
    public Task Navigation_Opens_Playground_When_Nav_Link_Clicked() => browser.RunAsync(app, output, async page =>
    {
        var overview = new OverviewPage(page);
        await overview.GotoAsync();

        await overview.Shell.NavLink("Playground").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(app.BaseAddress, "playground").ToString());
        await Expect(overview.Shell.Heading).ToHaveTextAsync("Playground");
        await Expect(overview.Shell.NavLink("Playground")).ToHaveClassAsync(ActiveClass);
        app.Logs.AssertNoErrors();
    });
}
