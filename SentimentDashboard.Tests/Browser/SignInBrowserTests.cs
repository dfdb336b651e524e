using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SentimentDashboard.Accounts;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Tests.Infrastructure;
using SentimentDashboard.Tests.Pages;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SentimentDashboard.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed class SignInBrowserTests(AppFixture app, BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public Task A_visitor_signs_in_lands_where_they_were_going_and_signs_out() =>
        browser.RunAsync(app, new BrowserSession(Role: null), output, async page =>
        {
            var signIn = new SignInPage(page);
            await page.GotoAsync("/posts?range=all");
            await Expect(signIn.Heading).ToBeVisibleAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/account/login\\?ReturnUrl=%2Fposts"));
            await BrowserFixture.SaveScreenshotIfRequestedAsync(page, "sign-in");

            await signIn.SignInAsync(TestAccounts.AdminEmail, "a wrong password");
            await Expect(signIn.Error).ToContainTextAsync("Wrong email or password");

            await signIn.SignInAsync(TestAccounts.AdminEmail, app.Accounts.Password);
            await Expect(page).ToHaveURLAsync(new Regex("/posts\\?range=all$"));
            await new AppShell(page).WaitForInteractiveAsync();
            await Expect(signIn.AccountLink).ToHaveTextAsync(TestAccounts.AdminEmail);

            await signIn.SignOutButton.ClickAsync();
            await Expect(signIn.Heading).ToBeVisibleAsync();
            await page.GotoAsync("/");
            await Expect(signIn.Heading).ToBeVisibleAsync();
        });

    [Fact]
    public async Task An_analyst_sees_no_admin_page_and_cannot_change_monitors()
    {
        var registry = app.Services.GetRequiredService<MonitorRegistry>();
        var monitor = (await registry.AddAsync(MonitorKind.Mastodon, "https://mastodon.invalid/tags/analystview")).Monitor!;
        try
        {
            await browser.RunAsync(app, new BrowserSession(Roles.Analyst), output, page => AnalystViewAsync(page));
        }
        finally
        {
            await registry.DeleteAsync(monitor.Id);
        }
    }

    private static async Task AnalystViewAsync(Microsoft.Playwright.IPage page)
    {
        var monitors = new MonitorsPage(page);
        await page.GotoAsync("/monitors");
        var shell = new AppShell(page);
        await shell.WaitForInteractiveAsync();
        await Expect(monitors.Rows).ToHaveCountAsync(1);

        await Expect(shell.NavLinks).ToHaveCountAsync(9);
        await Expect(shell.NavLink("Users")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("monitors-read-only")).ToContainTextAsync("Only admins");
        await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "pause" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "delete" })).ToHaveCountAsync(0);
        await BrowserFixture.SaveScreenshotIfRequestedAsync(page, "monitors-analyst");

        await page.GotoAsync("/admin/users");
        await Expect(page.GetByTestId("access-denied")).ToContainTextAsync("for admins");
    }

    [Fact]
    public async Task A_user_disabled_while_a_page_is_open_is_signed_out_of_it()
    {
        var email = $"open-page-{Guid.NewGuid():N}@tests.example";
        var users = app.Services.GetRequiredService<UserAdministration>();
        Assert.True((await users.CreateAsync(email, app.Accounts.Password, Roles.Analyst, TestAccounts.AdminEmail, CancellationToken.None)).Succeeded);
        var id = (await users.ListAsync(CancellationToken.None)).Single(u => u.Email == email).Id;

        await browser.RunAsync(app, new BrowserSession(Role: null), output, async page =>
        {
            await page.GotoAsync("/status");
            await new SignInPage(page).SignInAsync(email, app.Accounts.Password);
            await new AppShell(page).WaitForInteractiveAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/status$"));

            Assert.True((await users.SetDisabledAsync(id, true, TestAccounts.AdminEmail, CancellationToken.None)).Succeeded);

            // The circuit hears of it at once and sends the browser to sign in again; the server refuses the old session.
            await Expect(new SignInPage(page).Heading).ToBeVisibleAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/account/login"));
        });
    }
}
