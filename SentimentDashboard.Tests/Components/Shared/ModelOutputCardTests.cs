using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SentimentDashboard.Classification;
using SentimentDashboard.Components.Shared;

namespace SentimentDashboard.Tests.Components;

public sealed class ModelOutputCardTests
{
    private static readonly ModelOutput Sentiment = new(
        "sentiment",
        "positive",
        new Dictionary<string, float> { ["negative"] = 0.125f, ["neutral"] = 0.25f, ["positive"] = 0.625f },
        ["love", "great update"]);

    [Fact]
    public async Task ModelOutputCard_Renders_Task_Label_Bars_And_Terms_When_Given_Output()
    {
        var html = await RenderAsync(Sentiment);

        Assert.Contains("<h3>sentiment</h3>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"label-badge\" data-label=\"positive\">positive</span>", html, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Count(html, "class=\"score-row"));
        Assert.Equal(1, Regex.Count(html, "score-row is-predicted\" data-label=\"positive\""));
        Assert.Contains("style=\"width: 62.5%\"", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"chip\">great update</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ModelOutputCard_Writes_Invariant_Widths_When_Culture_Uses_Decimal_Comma()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var html = await RenderAsync(Sentiment);

            Assert.Contains("style=\"width: 12.5%\"", html, StringComparison.Ordinal);
            Assert.Contains(">0.25</span>", html, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public async Task ModelOutputCard_Clamps_Bars_When_Scores_Are_Out_Of_Range()
    {
        var output = Sentiment with { Scores = new Dictionary<string, float> { ["a"] = 1.5f, ["b"] = -0.2f, ["c"] = float.NaN }, TopTerms = [] };

        var html = await RenderAsync(output);

        Assert.Contains("style=\"width: 100%\"", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(html, "style=\"width: 0%\""));
        Assert.DoesNotContain("class=\"terms\"", html, StringComparison.Ordinal);
    }

    private static async Task<string> RenderAsync(ModelOutput output)
    {
        await using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(ModelOutputCard.Output)] = output });
            var root = await renderer.RenderComponentAsync<ModelOutputCard>(parameters);
            return root.ToHtmlString();
        });
    }
}
