using System.Globalization;
using Bunit;
using SentimentDashboard.Classification;
using SentimentDashboard.Components.Layout;
using SentimentDashboard.Components.Shared;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Components.Shared;

public sealed class ModelOutputCardTests : ComponentTestContext
{
    private static readonly ModelOutput Sentiment = new(
        "sentiment",
        "positive",
        new Dictionary<string, float> { ["negative"] = 0.125f, ["neutral"] = 0.25f, ["positive"] = 0.625f },
        ["love", "great update"]);

    [Fact]
    public void ModelOutputCard_Renders_Task_Label_Bars_And_Terms_When_Given_Output()
    {
        var card = Render(Sentiment);

        Assert.Equal("sentiment", card.Find("h3").TextContent);
        Assert.Equal("positive", card.Find(".label-badge[data-label='positive']").TextContent);
        Assert.Equal(3, card.FindAll(".score-row").Count);
        var predicted = Assert.Single(card.FindAll(".score-row.is-predicted"));
        Assert.Equal("positive", predicted.GetAttribute("data-label"));
        Assert.Contains("width: 62.5%", predicted.QuerySelector(".score-fill")!.GetAttribute("style"), StringComparison.Ordinal);
        Assert.Contains(DashboardTheme.LabelColor("positive", dark: false), predicted.QuerySelector(".score-fill")!.GetAttribute("style"), StringComparison.Ordinal);
        Assert.Equal(["love", "great update"], card.FindAll(".terms .chip").Select(c => c.TextContent));
    }

    [Fact]
    public void ModelOutputCard_Writes_Invariant_Widths_When_Culture_Uses_Decimal_Comma()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var card = Render(Sentiment);

            Assert.Contains("width: 12.5%", card.Find(".score-row[data-label='negative'] .score-fill").GetAttribute("style"), StringComparison.Ordinal);
            Assert.Equal("0.25", card.Find(".score-row[data-label='neutral'] .score-value").TextContent);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void ModelOutputCard_Clamps_Bars_When_Scores_Are_Out_Of_Range()
    {
        var output = Sentiment with { Label = "a", Scores = new Dictionary<string, float> { ["a"] = 1.5f, ["b"] = -0.2f, ["c"] = float.NaN }, TopTerms = [] };

        var card = Render(output);

        var widths = card.FindAll(".score-fill").Select(f => f.GetAttribute("style")!.Split(';')[0]).ToArray();
        Assert.Equal(["width: 100%", "width: 0%", "width: 0%"], widths);
        Assert.Empty(card.FindAll(".terms"));
    }

    private IRenderedComponent<ModelOutputCard> Render(ModelOutput output) =>
        Render<ModelOutputCard>(p => p.Add(c => c.Output, output).AddCascadingValue(Preferences));
}
