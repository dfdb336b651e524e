using SentimentDashboard.Tests.Infrastructure;
using SentimentDashboard.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace SentimentDashboard.Tests.Browser;

/// <summary>When the server goes away under an open page, the page says so (.NET 10's reconnection dialog) instead of freezing.</summary>
public sealed class ReconnectTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ServerStopped_UnderAnOpenPage_ShowsTheReconnectionDialog()
    {
        var app = new AppFixture();
        await app.InitializeAsync();
        try
        {
            // Not BrowserFixture.RunAsync: the lost connection is the point, so the page's console errors are expected.
            await using var context = await browser.NewContextAsync(app, new BrowserSession());
            var page = await context.NewPageAsync();
            await page.GotoAsync("/status");
            await new AppShell(page).WaitForInteractiveAsync();
            var dialog = page.Locator("#components-reconnect-modal");
            await Expect(dialog).Not.ToBeVisibleAsync();

            await app.DisposeAsync();

            await Expect(dialog).ToBeVisibleAsync(new() { Timeout = 20_000 });
            await Expect(dialog).ToContainTextAsync("Connection to the dashboard lost");
            await BrowserFixture.SaveScreenshotIfRequestedAsync(page, "reconnecting");
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }
}
