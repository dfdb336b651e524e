using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SentimentDashboard.Tests.Infrastructure;
using SentimentDashboard.Tests.Pages;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SentimentDashboard.Tests.Browser;

/// <summary>Passkeys in Chromium with a virtual authenticator (the DevTools WebAuthn domain): added on the account page, then used to sign in.</summary>
public sealed class PasskeyTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly AppFixture app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)app).DisposeAsync();

    [Fact]
    public Task A_passkey_added_on_the_account_page_signs_in_without_the_password() =>
        browser.RunAsync(app, new BrowserSession(Role: null, AtLocalhost: true), output, async page =>
        {
            var cdp = await page.Context.NewCDPSessionAsync(page);
            await cdp.SendAsync("WebAuthn.enable");
            await cdp.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
            {
                ["options"] = new Dictionary<string, object>
                {
                    ["protocol"] = "ctap2",
                    ["transport"] = "internal",
                    ["hasResidentKey"] = true,
                    ["hasUserVerification"] = true,
                    ["isUserVerified"] = true,
                    ["automaticPresenceSimulation"] = true,
                },
            });
            var signIn = new SignInPage(page);
            await page.GotoAsync("/account/manage");
            await signIn.SignInAsync(TestAccounts.AdminEmail, app.Accounts.Password);
            await Expect(page.GetByTestId("no-passkeys")).ToBeVisibleAsync();

            await page.GetByTestId("add-passkey").ClickAsync();
            await Expect(page.GetByTestId("manage-status")).ToHaveTextAsync("The passkey was added: you can sign in with it now.");
            await Expect(page.GetByTestId("passkeys").Locator("li")).ToHaveCountAsync(1);
            await BrowserFixture.SaveScreenshotIfRequestedAsync(page, "account-passkey");

            await signIn.SignOutButton.ClickAsync();
            await Expect(signIn.Heading).ToBeVisibleAsync();
            await page.GetByTestId("sign-in-passkey").ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex("localhost:\\d+/$"));
            await new AppShell(page).WaitForInteractiveAsync();
            await Expect(signIn.AccountLink).ToHaveTextAsync(TestAccounts.AdminEmail);
        });
}
