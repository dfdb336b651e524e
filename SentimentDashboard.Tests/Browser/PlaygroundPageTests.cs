using SentimentDashboard.Tests.Infrastructure;
using SentimentDashboard.Tests.Pages;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SentimentDashboard.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed class PlaygroundPageTests(AppFixture app, BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public Task Playground_Shows_EveryShippedModelsVerdict_When_Analysed() => browser.RunAsync(app, output, async page =>
    {
        var playground = new PlaygroundPage(page);
        await playground.GotoAsync();
        await Expect(playground.Results).ToHaveCountAsync(0);

        await playground.AnalyseAsync("I love this wonderful day with my friends, so happy!");

        // Only the circuit can produce this region, and the word count proves it received the typed text.
        await Expect(playground.Results).ToContainTextAsync("Analysed 10 words");
        await Expect(playground.ModelCards).ToHaveCountAsync(4);
        await Expect(playground.Card("sentiment").Locator(".label-badge")).ToHaveTextAsync("positive");
        await Expect(playground.Card("emotion").Locator(".label-badge")).ToHaveTextAsync("joy");
        await Expect(playground.Card("hate").Locator(".label-badge")).ToHaveTextAsync("not-hate");
        await Expect(playground.Card("sentiment").Locator(".chip").First).ToBeVisibleAsync();
        await Expect(playground.Risk.Locator("[data-risk='category']")).ToHaveTextAsync("neutral");
        await Expect(playground.Risk.Locator("[data-risk='justification']")).ToContainTextAsync("Neutral: no model flags it.");
        await Expect(playground.Risk.Locator("[data-risk='hate']")).ToContainTextAsync("hate ");
        await BrowserFixture.SaveScreenshotIfRequestedAsync(page, "playground");
        app.Logs.AssertNoErrors();
    });

    [Fact]
    public Task Playground_ShowsMarkupAsText_When_TextContainsHtml() => browser.RunAsync(app, output, async page =>
    {
        var playground = new PlaygroundPage(page);
        await playground.GotoAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };

        await playground.AnalyseAsync("<img src=x onerror=alert(1)> <b>bold</b> claim");

        await Expect(playground.ModelCards).ToHaveCountAsync(4);
        await Expect(page.Locator(".results img")).ToHaveCountAsync(0);
        await Expect(page.Locator(".results b")).ToHaveCountAsync(0);
        Assert.Equal(0, dialogs);
    });

    [Fact]
    public Task Playground_Asks_For_Text_When_Analysed_Empty() => browser.RunAsync(app, output, async page =>
    {
        var playground = new PlaygroundPage(page);
        await playground.GotoAsync();

        await playground.AnalyseAsync("   ");

        await Expect(playground.Message).ToHaveTextAsync("Type some text first.");
        await Expect(playground.Results).ToHaveCountAsync(0);
        app.Logs.AssertNoErrors();
    });
}
