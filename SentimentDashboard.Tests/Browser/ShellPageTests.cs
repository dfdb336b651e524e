using System.Text.RegularExpressions;
using SentimentDashboard.Tests.Infrastructure;
using SentimentDashboard.Tests.Pages;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SentimentDashboard.Tests.Browser;

/// <summary>What every page shares: the theme switch, the drawer and the page for unknown addresses.</summary>
[Collection(AppCollection.Name)]
public sealed class ShellPageTests(AppFixture app, BrowserFixture browser, ITestOutputHelper output)
{
    private static readonly Regex Dark = new(@"\btheme-dark\b");
    private static readonly Regex Light = new(@"\btheme-light\b");

    [Fact]
    public Task ThemeSwitch_IsRememberedByTheBrowser_AcrossAReload() => browser.RunAsync(app, output, async page =>
    {
        var shell = new AppShell(page);
        await page.GotoAsync("/status");
        await shell.WaitForInteractiveAsync();
        await Expect(shell.Layout).ToHaveClassAsync(Light);
        await Expect(shell.TimeZone).ToHaveTextAsync("times in UTC");

        await shell.ThemeToggle.ClickAsync();
        await Expect(shell.Layout).ToHaveClassAsync(Dark);
        await BrowserFixture.SaveScreenshotIfRequestedAsync(page, "status-dark");

        await page.ReloadAsync();
        // The cookie makes even the prerendered page dark.
        await Expect(shell.Layout).ToHaveClassAsync(Dark);
        await page.GotoAsync("/playground");
        await shell.WaitForInteractiveAsync();
        await Expect(shell.Layout).ToHaveClassAsync(Dark);
        await shell.ThemeToggle.ClickAsync();
        await Expect(shell.Layout).ToHaveClassAsync(Light);
        await page.ReloadAsync();
        await Expect(shell.Layout).ToHaveClassAsync(Light);
        app.Logs.AssertNoErrors();
    });

    [Fact]
    public async Task UnknownAddress_AnswersNotFound_WithWaysBack()
    {
        using var client = await app.CreateSignedInClientAsync();
        using var response = await client.GetAsync("/no/such/page");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public Task UnknownAddress_FollowedInTheApp_ShowsTheNotFoundPage() => browser.RunAsync(app, output, async page =>
    {
        // Once the circuit is up, a link inside the app is routed in the browser: the router shows its not-found page.
        await new PlaygroundPage(page).GotoAsync();
        await page.EvaluateAsync("Blazor.navigateTo('/no/such/page')");

        await Expect(page).ToHaveTitleAsync("Not found · SentimentDashboard");
        await Expect(new AppShell(page).Heading).ToHaveTextAsync("Page not found");
        var help = page.GetByTestId("not-found");
        await Expect(help.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Posts" })).ToHaveAttributeAsync("href", "posts");
        await Expect(help.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Overview" })).ToHaveAttributeAsync("href", "");
        await BrowserFixture.SaveScreenshotIfRequestedAsync(page, "not-found");
        app.Logs.AssertNoErrors();
    });

    [Fact]
    public Task Drawer_OnANarrowWindow_ShowsOnlyIcons_AndTheMenuButtonOpensIt() => browser.RunAsync(app, output, async page =>
    {
        var shell = new AppShell(page);
        await page.SetViewportSizeAsync(800, 700);
        await page.GotoAsync("/status");
        await shell.WaitForInteractiveAsync();

        await Expect(shell.Drawer).ToHaveClassAsync(new Regex("mud-drawer--closed"));
        await Expect(shell.ProductName).ToBeHiddenAsync();
        await Expect(shell.NavLink("Posts")).ToBeVisibleAsync();
        await Expect(shell.Drawer).ToHaveCSSAsync("width", "60px");

        await shell.DrawerToggle.ClickAsync();
        await Expect(shell.ProductName).ToBeVisibleAsync();
        await Expect(shell.DrawerToggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(shell.Drawer).ToHaveCSSAsync("width", "232px");
        app.Logs.AssertNoErrors();
    });
}
