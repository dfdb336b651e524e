using Microsoft.Playwright;

namespace SentimentDashboard.Tests.Pages;

public sealed class PlaygroundPage(IPage page)
{
    public AppShell Shell { get; } = new(page);

    public ILocator TextInput => page.GetByLabel("Text to analyse");

    public ILocator AnalyseButton => page.GetByRole(AriaRole.Button, new() { Name = "Analyse" });

    /// <summary>The region rendered by the server in answer to Analyse; absent before the first click.</summary>
    public ILocator Results => page.GetByTestId("results");

    /// <summary>What the text field says is wrong with the text (its validation message).</summary>
    public ILocator Message => page.Locator(".playground .mud-input-helper-text.mud-input-error [id]");

    /// <summary>The risk analysis of the text, under the model cards.</summary>
    public ILocator Risk => page.GetByTestId("playground-risk");

    /// <summary>Shown beside the risk panel when SecondOpinion:Enabled.</summary>
    public ILocator AskSecondOpinionButton => page.GetByRole(AriaRole.Button, new() { Name = "Ask the second opinion" });

    /// <summary>The language model's answer, or its error, under the risk panel.</summary>
    public ILocator SecondOpinion => page.GetByTestId("second-opinion");

    public ILocator ModelCards => Results.Locator(".model-card");

    public ILocator Card(string task) => Results.Locator($".model-card[data-task='{task}']");

    /// <summary>Opens the page and waits until its circuit is interactive (the prerendered inputs are disabled until then).</summary>
    public async Task GotoAsync()
    {
        await page.GotoAsync("/playground");
        await Assertions.Expect(page.Locator("section.playground[data-interactive='true']")).ToBeAttachedAsync();
    }

    public async Task AnalyseAsync(string text)
    {
        await TextInput.FillAsync(text);
        await AnalyseButton.ClickAsync();
    }
}
