using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SentimentDashboard.Accounts;
using SentimentDashboard.Review;
using SentimentDashboard.Tests.Infrastructure;
using SentimentDashboard.Tests.Pages;
using SentimentDashboard.Tests.Review;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SentimentDashboard.Tests.Browser;

/// <summary>An analyst works through the review queue of a hateful burst: confirm, dismiss, relabel, then finds the decisions.</summary>
public sealed class ReviewPageTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly AppFixture app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)app).DisposeAsync();

    [Fact]
    public Task An_analyst_confirms_dismisses_and_relabels_queued_posts() =>
        browser.RunAsync(app, new BrowserSession(Roles.Analyst), output, async page =>
        {
            var shell = new AppShell(page);
            await page.GotoAsync("/review");
            await shell.WaitForInteractiveAsync();
            await Expect(page.GetByText("Nothing to review")).ToBeVisibleAsync();

            await ReviewFixture.ReplayAsync(app, hateful: 3);

            var items = page.GetByTestId("review-item");
            await Expect(items).ToHaveCountAsync(3);
            await Expect(page.GetByTestId("tab-pending")).ToContainTextAsync("Pending (3)");
            await Expect(items.First.GetByTestId("review-models")).ToContainTextAsync("hate model");
            await Expect(items.First.GetByTestId("review-category")).ToHaveTextAsync("hateful");
            await BrowserFixture.SaveScreenshotIfRequestedAsync(page, "review-pending");

            var women = items.Filter(new() { HasText = "women are trash" });
            await women.GetByTestId("review-relabel").ClickAsync();
            var form = women.GetByTestId("relabel-form");
            await form.GetByLabel("Hateful").UncheckAsync();
            await form.GetByLabel("Note").FillAsync("sexist insult, no call to harm");
            await BrowserFixture.SaveScreenshotIfRequestedAsync(page, "review-relabel");
            await form.GetByTestId("relabel-save").ClickAsync();
            await Expect(items).ToHaveCountAsync(2);

            await items.Filter(new() { HasText = "immigrants are animals" }).GetByTestId("review-confirm").ClickAsync();
            await Expect(items).ToHaveCountAsync(1);
            await items.GetByTestId("review-dismiss").ClickAsync();
            await Expect(page.GetByText("Nothing to review")).ToBeVisibleAsync();

            await page.GetByTestId("tab-decided").ClickAsync();
            await Expect(items).ToHaveCountAsync(3);
            var relabelled = items.Filter(new() { HasText = "women are trash" }).GetByTestId("review-decision");
            await Expect(relabelled.GetByTestId("review-status")).ToHaveTextAsync("relabelled");
            await Expect(relabelled).ToContainTextAsync("hateful no");
            await Expect(relabelled).ToContainTextAsync("sexist insult, no call to harm");
            await Expect(relabelled).ToContainTextAsync(TestAccounts.AnalystEmail);
            await Expect(items.Filter(new() { HasText = "immigrants are animals" }).GetByTestId("review-status")).ToHaveTextAsync("confirmed");
            await BrowserFixture.SaveScreenshotIfRequestedAsync(page, "review-decided");

            var dismissed = items.Filter(new() { HasText = "muslims" });
            await Expect(dismissed.GetByTestId("review-status")).ToHaveTextAsync("dismissed");
            await dismissed.GetByTestId("review-reopen").ClickAsync();
            await Expect(items).ToHaveCountAsync(2);
            await Expect(page.GetByTestId("tab-pending")).ToContainTextAsync("Pending (1)");

            var decisions = await app.Services.GetRequiredService<ReviewQueue>().ListAsync(new ReviewFilter(Decided: true), CancellationToken.None);
            Assert.Equal(["confirmed", "relabelled"], decisions.Select(d => ReviewNames.Of(d.Status)).Order());
            app.Logs.AssertNoErrors();
        });
}
