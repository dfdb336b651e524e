using System.Net;
using Microsoft.Playwright;
using SentimentDashboard.Tests.Infrastructure;
using SentimentDashboard.Tests.Pages;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SentimentDashboard.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed class AdminPagesTests(AppFixture app, BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public Task An_admin_adds_a_user_resets_their_password_and_disables_them() => browser.RunAsync(app, output, async page =>
    {
        var email = $"new-{Guid.NewGuid():N}"[..12] + "@tests.example";
        await page.GotoAsync("/admin/users");
        await new AppShell(page).WaitForInteractiveAsync();

        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByTestId("add-user").ClickAsync();
        var first = await SecretAsync(page);
        Assert.NotNull((await TestAccounts.PostSignInAsync(app, email, first)).Session);

        var row = page.Locator("tr.user-row", new() { HasText = email });
        await row.GetByRole(AriaRole.Button, new() { Name = "reset password" }).ClickAsync();
        var second = await SecretAsync(page);
        Assert.NotEqual(first, second);
        Assert.Null((await TestAccounts.PostSignInAsync(app, email, first)).Session);
        Assert.NotNull((await TestAccounts.PostSignInAsync(app, email, second)).Session);

        await row.GetByRole(AriaRole.Button, new() { Name = "disable" }).ClickAsync();
        await Expect(row).ToContainTextAsync("disabled");
        await BrowserFixture.SaveScreenshotIfRequestedAsync(page, "admin-users");
        Assert.Null((await TestAccounts.PostSignInAsync(app, email, second)).Session);
    });

    [Fact]
    public Task An_admin_creates_a_key_sees_it_once_and_revokes_it() => browser.RunAsync(app, output, async page =>
    {
        var name = "grafana " + Guid.NewGuid().ToString("N")[..6];
        await page.GotoAsync("/admin/api-keys");
        await new AppShell(page).WaitForInteractiveAsync();

        await page.GetByLabel("Name (what uses it)").FillAsync(name);
        await page.GetByTestId("create-key").ClickAsync();
        var key = await SecretAsync(page);
        using var client = app.CreateHttpClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/monitors")).StatusCode);

        var row = page.Locator("tr.key-row", new() { HasText = name });
        await Expect(row).ToContainTextAsync(key[..13]);
        await Expect(row).Not.ToContainTextAsync(key[14..]);
        await row.GetByTestId("revoke-key").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();
        await Expect(row).ToContainTextAsync("revoked");
        await BrowserFixture.SaveScreenshotIfRequestedAsync(page, "admin-api-keys");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/monitors")).StatusCode);

        await page.GotoAsync("/admin/audit");
        await new AppShell(page).WaitForInteractiveAsync();
        await page.GetByTestId("audit-table").GetByLabel("Actor, target or address").FillAsync(name);
        var rows = page.Locator("tr.audit-row");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.First).ToContainTextAsync("api-key.revoked");
        await Expect(rows.Last).ToContainTextAsync("api-key.created");
        await BrowserFixture.SaveScreenshotIfRequestedAsync(page, "admin-audit");
    });

    /// <summary>Reads the secret the dialog shows once, then closes it.</summary>
    private static async Task<string> SecretAsync(IPage page)
    {
        var value = page.GetByTestId("secret-value");
        await Expect(value).ToBeVisibleAsync();
        var secret = (await value.TextContentAsync())!.Trim();
        await page.GetByTestId("secret-done").ClickAsync();
        await Expect(value).ToHaveCountAsync(0);
        return secret;
    }
}
