using SentimentDashboard.Tests.Fakes;
using SentimentDashboard.Tests.Infrastructure;
using SentimentDashboard.Tests.Pages;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SentimentDashboard.Tests.Browser;

/// <summary>The app configured as the README says (SecondOpinion:* settings) against a local chat-completions server.</summary>
public sealed class PlaygroundSecondOpinionPageTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly AppFixture app = new();
    private FakeChatCompletionsServer server = null!;

    public async Task InitializeAsync()
    {
        server = await FakeChatCompletionsServer.StartAsync();
        server.Configure(app);
        await app.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)app).DisposeAsync();
        await server.DisposeAsync();
    }

    [Fact]
    public Task A_signed_in_analyst_asks_the_second_opinion_and_reads_it() => browser.RunAsync(app, output, async page =>
    {
        var playground = new PlaygroundPage(page);
        await playground.GotoAsync();
        await playground.AnalyseAsync("They should all be sent back where they came from.");

        await playground.AskSecondOpinionButton.ClickAsync();

        var answer = playground.SecondOpinion.GetByTestId("second-opinion-answer");
        await Expect(answer.Locator("[data-opinion='category']")).ToHaveTextAsync("hateful");
        await Expect(answer.Locator("[data-opinion='target']")).ToHaveTextAsync("aimed at religion");
        await Expect(answer.Locator("[data-opinion='justification']")).ToHaveTextAsync("It calls for a religious group to be expelled.");
        Assert.Contains("sent back where they came from", Assert.Single(server.Requests).UserMessage, StringComparison.Ordinal);
        await BrowserFixture.SaveScreenshotIfRequestedAsync(page, "playground-second-opinion");
        app.Logs.AssertNoErrors();
    });
}
