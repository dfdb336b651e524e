using SentimentDashboard.Tests.Infrastructure;
using SentimentDashboard.Tests.Pages;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SentimentDashboard.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed class PlaygroundPageTests(AppFixture app, BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public Task Playground_Shows_NoModelsLoaded_When_Analysed_Without_Models() => browser.RunAsync(app.BaseAddress, output, async page =>
    {
        var playground = new PlaygroundPage(page);
        await playground.GotoAsync();
        await Expect(playground.Results).ToHaveCountAsync(0);

        await playground.AnalyseAsync("Loving the new update, but the battery life is awful.");

        // Only the circuit can produce this region, and the word count proves it received the typed text.
        await Expect(playground.Results).ToBeVisibleAsync();
        await Expect(playground.Results).ToContainTextAsync("Analysed 10 words");
        await Expect(playground.Results).ToContainTextAsync("No models loaded");
        await Expect(playground.ModelCards).ToHaveCountAsync(0);
        await BrowserFixture.SaveScreenshotIfRequestedAsync(page, "playground");
        app.Logs.AssertNoErrors();
    });

    [Fact]
    public Task Playground_Asks_For_Text_When_Analysed_Empty() => browser.RunAsync(app.BaseAddress, output, async page =>
    {
        var playground = new PlaygroundPage(page);
        await playground.GotoAsync();

        await playground.AnalyseAsync("   ");

        await Expect(playground.Message).ToHaveTextAsync("Type some text first.");
        await Expect(playground.Results).ToHaveCountAsync(0);
        app.Logs.AssertNoErrors();
    });
}
