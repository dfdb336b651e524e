using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SentimentDashboard.Analysis.Risk;
using SentimentDashboard.Analysis.Risk.SecondOpinion;
using SentimentDashboard.Classification;
using SentimentDashboard.Tests.Fakes;
using SentimentDashboard.Tests.Infrastructure;
using Playground = SentimentDashboard.Components.Pages.Playground;

namespace SentimentDashboard.Tests.Components.Pages;

/// <summary>The Playground's "Ask the second opinion" with the shipped models and a local chat-completions server.</summary>
public sealed class PlaygroundSecondOpinionTests : ComponentTestContext
{
    private const string Text = "Go back to your own country, nobody wants your kind here";

    private FakeChatCompletionsServer server = null!;
    private SecondOpinionOptions options = null!;

    public override async Task InitializeAsync()
    {
        server = await FakeChatCompletionsServer.StartAsync();
        options = new SecondOpinionOptions { Enabled = true, BaseUrl = server.BaseUrl, Model = "llama-test", ApiKey = FakeChatCompletionsServer.Key, TimeoutSeconds = 10 };
        Services.AddSingleton(ShippedModels.Catalog);
        Services.AddSingleton<ITextAnalyzer>(new ModelTextAnalyzer(ShippedModels.Catalog));
        Services.AddSingleton(new TextRiskAnalyzer(ShippedModels.Catalog, ShippedModels.RiskAssessor, TimeProvider.System));
        Services.AddSingleton(_ => new SecondOpinionClient(Options.Create(options), TimeProvider.System, NullLogger<SecondOpinionClient>.Instance));
        await base.InitializeAsync();
    }

    [Fact]
    public async Task The_models_answer_is_shown_as_text_under_the_risk()
    {
        server.Script(FakeChatReply.Answer("""
            {"category": "hateful", "virality": "medium", "hate": true, "target": "origin",
             "justification": "Tells people to leave for their origin. <img src=x onerror=alert(1)><b>bold</b>", "score": 0.9}
            """));
        var page = await AnalyseAsync();

        page.Find("[data-testid=ask-second-opinion]").Click();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=second-opinion-answer]")), TimeSpan.FromSeconds(10));
        var answer = page.Find("[data-testid=second-opinion-answer]");
        Assert.Equal("hateful", answer.QuerySelector("[data-opinion=category]")!.TextContent);
        Assert.Equal("virality medium", answer.QuerySelector("[data-opinion=virality]")!.TextContent);
        Assert.Equal("hate speech", answer.QuerySelector("[data-opinion=hate]")!.TextContent);
        Assert.Equal("aimed at origin", answer.QuerySelector("[data-opinion=target]")!.TextContent);
        Assert.Equal("score 90%", answer.QuerySelector("[data-score=score]")!.TextContent);
        Assert.Equal("Tells people to leave for their origin. <img src=x onerror=alert(1)><b>bold</b>", answer.QuerySelector("[data-opinion=justification]")!.TextContent);
        Assert.Empty(answer.QuerySelectorAll("img, b"));
        Assert.StartsWith("Answered by llama-test", answer.QuerySelector("[data-opinion=model]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Text, Assert.Single(server.Requests).UserMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_is_shown_in_place_of_the_answer()
    {
        options.ApiKey = "wrong-key";
        var page = await AnalyseAsync();

        page.Find("[data-testid=ask-second-opinion]").Click();

        page.WaitForAssertion(
            () => Assert.Equal("The endpoint refused the key (401): check SecondOpinion:ApiKey.", page.Find("[data-testid=second-opinion] [data-opinion=error]").TextContent.Trim()),
            TimeSpan.FromSeconds(10));
        Assert.Empty(page.FindAll("[data-testid=second-opinion-answer]"));
    }

    [Fact]
    public async Task Off_there_is_no_button_and_nothing_is_sent()
    {
        options.Enabled = false;
        var page = await AnalyseAsync();

        Assert.Empty(page.FindAll("[data-testid=ask-second-opinion]"));
        Assert.Empty(page.FindAll("[data-testid=second-opinion]"));
        Assert.Empty(server.Requests);
    }

    protected override async Task DisposeFixturesAsync() => await server.DisposeAsync();

    /// <summary>Renders the page, types <see cref="Text"/> and analyses it; returns once the risk panel shows.</summary>
    private async Task<IRenderedComponent<Playground>> AnalyseAsync()
    {
        var page = Render<Playground>();
        await page.Find("textarea#playground-text").InputAsync(new() { Value = Text });
        await page.FindAll("button").Single(b => b.TextContent.Trim() == "Analyse").ClickAsync(new());
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=playground-risk]")));
        return page;
    }
}
