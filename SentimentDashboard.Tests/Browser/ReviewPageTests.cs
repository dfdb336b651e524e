using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SentimentDashboard.Accounts;
using SentimentDashboard.Review;
using SentimentDashboard.Tests.Fakes;
using SentimentDashboard.Tests.Infrastructure;
using SentimentDashboard.Tests.Pages;
using SentimentDashboard.Tests.Review;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SentimentDashboard.Tests.Browser;

/// <summary>An analyst works through the review queue of a hateful burst, with the LLM's opinions beside the models': confirm, dismiss, relabel, then finds the decisions.</summary>
public sealed class ReviewPageTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly AppFixture app = new();
    private FakeChatCompletionsServer server = null!;

    /// <summary>The LLM's second opinion is on, against a local chat-completions server: the first item gets an answer, the others an error.</summary>
    public async Task InitializeAsync()
    {
        server = await FakeChatCompletionsServer.StartAsync();
        server.Script(FakeChatReply.HatefulAnswer, FakeChatReply.Error(503, "overloaded"));
        server.Configure(app, minimumRisk: 0.6, maxAttempts: 1);
        await app.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)app).DisposeAsync();
        await server.DisposeAsync();
    }

    [Fact]
    public Task An_analyst_confirms_dismisses_and_relabels_queued_posts() =>
        browser.RunAsync(app, new BrowserSession(Roles.Analyst), output, async page =>
        {
            var shell = new AppShell(page);
            await page.GotoAsync("/review");
            await shell.WaitForInteractiveAsync();
            await Expect(page.GetByText("Nothing to review")).ToBeVisibleAsync();

            var monitor = await ReviewFixture.ReplayAsync(app, hateful: 3);

            var items = page.GetByTestId("review-item");
            await Expect(items).ToHaveCountAsync(3);
            await Expect(page.GetByTestId("tab-pending")).ToContainTextAsync("Pending (3)");
            await Expect(page.GetByTestId("pending-reviews")).ToHaveTextAsync("3");
            await page.GetByTestId("review-monitor-filter").ClickAsync();
            await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextString = "review.jsonl" }).ClickAsync();
            await Expect(page.GetByTestId("export-reviews")).ToHaveAttributeAsync("href", $"export/reviews.csv?monitor={monitor}");
            await Expect(items).ToHaveCountAsync(3);
            await Expect(items.First.GetByTestId("review-models")).ToContainTextAsync("hate model");
            await Expect(items.First.GetByTestId("review-category")).ToHaveTextAsync("hateful");
            await Expect(page.GetByTestId("review-opinion")).ToHaveCountAsync(3);
            await Expect(page.GetByTestId("second-opinion-answer")).ToHaveCountAsync(1);
            await Expect(page.GetByTestId("second-opinion-answer")).ToContainTextAsync("It calls for a religious group to be expelled.");
            await Expect(page.Locator("[data-testid=review-opinion] [data-opinion=error]")).ToHaveCountAsync(2);
            server.Script(FakeChatReply.HatefulAnswer);
            await page.GetByTestId("review-ask-again").First.ClickAsync();
            await Expect(page.GetByTestId("second-opinion-answer")).ToHaveCountAsync(2);
            await BrowserFixture.SaveScreenshotIfRequestedAsync(page, "review-pending");

            var women = items.Filter(new() { HasText = "women are trash" });
            await women.GetByTestId("review-relabel").ClickAsync();
            var form = women.GetByTestId("relabel-form");
            await form.GetByLabel("Hateful").UncheckAsync();
            // Not hateful any more, still offensive: the category follows.
            await Expect(form.GetByTestId("relabel-category")).ToContainTextAsync("polemic");
            await form.GetByLabel("Note").FillAsync("sexist insult, no call to harm");
            await BrowserFixture.SaveScreenshotIfRequestedAsync(page, "review-relabel");
            await form.GetByTestId("relabel-save").ClickAsync();
            await Expect(items).ToHaveCountAsync(2);

            await items.Filter(new() { HasText = "immigrants are animals" }).GetByTestId("review-confirm").ClickAsync();
            await Expect(items).ToHaveCountAsync(1);
            await items.GetByTestId("review-dismiss").ClickAsync();
            await Expect(page.GetByText("Nothing to review")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("pending-reviews")).ToHaveCountAsync(0);

            await page.GetByTestId("tab-decided").ClickAsync();
            await Expect(items).ToHaveCountAsync(3);
            var relabelled = items.Filter(new() { HasText = "women are trash" }).GetByTestId("review-decision");
            await Expect(relabelled.GetByTestId("review-status")).ToHaveTextAsync("relabelled");
            await Expect(relabelled).ToContainTextAsync("hateful no");
            await Expect(relabelled).ToContainTextAsync("category polemic");
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
