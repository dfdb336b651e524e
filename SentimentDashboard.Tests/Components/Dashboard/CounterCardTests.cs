using Bunit;
using MudBlazor;
using SentimentDashboard.Components.Dashboard;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Components.Dashboard;

public sealed class CounterCardTests : ComponentTestContext
{
    [Fact]
    public void CounterCard_ShowsLabelValueAndDetail_UnderItsName()
    {
        var card = Render<CounterCard>(p => p.Add(c => c.Name, "hateful").Add(c => c.Label, "Hateful").Add(c => c.Value, "1,204").Add(c => c.Detail, "7.9%"));

        var root = card.Find(".counter-card");
        Assert.Equal("hateful", root.GetAttribute("data-counter"));
        Assert.Equal("Hateful", card.Find(".counter-label").TextContent);
        Assert.Equal("1,204", card.Find(".counter-value").TextContent);
        Assert.Equal("7.9%", card.Find(".counter-detail").TextContent);
        Assert.Empty(card.FindAll(".counter-icon"));
    }

    [Fact]
    public void CounterCard_WithoutDetail_LeavesNoEmptyLine_AndShowsAnIconWhenGiven()
    {
        var card = Render<CounterCard>(p => p.Add(c => c.Name, "posts").Add(c => c.Label, "Posts").Add(c => c.Value, "0")
            .Add(c => c.Icon, Icons.Material.Outlined.ListAlt));

        Assert.Empty(card.FindAll(".counter-detail"));
        Assert.Single(card.FindAll("svg.counter-icon"));
    }
}
