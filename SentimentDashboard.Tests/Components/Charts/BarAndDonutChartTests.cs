using Bunit;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using SentimentDashboard.Analysis;
using SentimentDashboard.Components.Charts;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Components.Charts;

/// <summary>Clicks on count bars and donut slices as charts.js reports them (by category), and what those charts draw.</summary>
public sealed class BarAndDonutChartTests : ComponentTestContext
{
    private static readonly KeyCount[] Tags = [new("#sunny", 30), new("#a-very-long-hashtag-for-a-narrow-axis", 12)];
    private readonly List<string> keys = [];
    private readonly BunitJSModuleInterop charts;

    public BarAndDonutChartTests()
    {
        JSInterop.SetupModule("./_content/Plotly.Blazor/plotly-interop-7.2.0.js");
        charts = JSInterop.SetupModule("./js/charts.js");
        charts.Setup<bool>("attach", _ => true).SetResult(true);
    }

    [Fact]
    public async Task BarClick_RaisesTheBarsKey_AndAnUnknownCategoryNothing()
    {
        var host = Render<BarChart>(p => p.Add(c => c.Items, Tags).Add(c => c.Name, "tags").Add(c => c.OnBarClick, keys.Add)).FindComponent<ChartHost>();

        await host.InvokeAsync(() => host.Instance.Clicked(0, 1, "#a-very-long-hashtag-for-a-narrow-axis"));
        await host.InvokeAsync(() => host.Instance.Clicked(0, 5, "#gone"));

        Assert.Equal(["#a-very-long-hashtag-for-a-narrow-axis"], keys);
    }

    [Fact]
    public void Bars_LargestOnTop_LongKeysShortenedOnTheAxis_InThePalettesColour()
    {
        var plot = Render<BarChart>(p => p.Add(c => c.Items, Tags).Add(c => c.Name, "tags").Add(c => c.Color, ChartColor.Warning)).FindComponent<PlotlyChart>().Instance;

        var bar = (Bar)Assert.Single(plot.Data);
        Assert.Equal(Plotly.Blazor.LayoutLib.YAxisLib.AutoRangeEnum.Reversed, plot.Layout.YAxis[0].AutoRange);
        Assert.Equal(["#sunny", "#a-very-long-hashtag-…"], plot.Layout.YAxis[0].TickText);
        Assert.Equal("#d97706", bar.Marker.Color);
    }

    [Fact]
    public void Bars_Empty_SayWhy()
    {
        var chart = Render<BarChart>(p => p.Add(c => c.Items, []).Add(c => c.Name, "tags").Add(c => c.EmptyText, "No hashtags in this view."));

        Assert.Equal("No hashtags in this view.", chart.Find(".chart-empty").TextContent);
        Assert.Empty(chart.FindComponents<PlotlyChart>());
    }

    [Fact]
    public async Task SliceClick_RaisesItsLabel_WithTheTotalInTheMiddle_AndLabelColours()
    {
        KeyCount[] slices = [new("negative", 24), new("neutral", 0), new("positive", 30), new("unscored", 1)];
        var chart = Render<DonutChart>(p => p.Add(c => c.Slices, slices).Add(c => c.Name, "sentiment").Add(c => c.OnSliceClick, keys.Add));
        var host = chart.FindComponent<ChartHost>();

        await host.InvokeAsync(() => host.Instance.Clicked(0, 2, "positive"));

        Assert.Equal(["positive"], keys);
        var plot = chart.FindComponent<PlotlyChart>().Instance;
        Assert.Equal("<b>55</b><br>posts", plot.Layout.Annotations[0].Text);
        Assert.Equal(["#d9485f", "#8a94a6", "#2f9e6b", "#c9ced8"], ((Pie)plot.Data[0]).Marker.Colors);
    }

    [Fact]
    public void NewCounts_AreSentAsTheChangedAttributesOnly()
    {
        var chart = Render<BarChart>(p => p.Add(c => c.Items, Tags).Add(c => c.Name, "tags"));
        chart.WaitForAssertion(() => Assert.Single(charts.Invocations["attach"]));

        chart.Render(p => p.Add(c => c.Items, [new KeyCount("#sunny", 40), Tags[1]]));

        chart.WaitForAssertion(() => Assert.Single(charts.Invocations["update"]));
        var update = (ChartUpdate)charts.Invocations["update"][0].Arguments[1]!;
        Assert.Equal(["x"], Assert.Single(update.Traces).Keys);
        Assert.Equal("[40,12]", update.Traces[0]["x"]!.ToJsonString());
        Assert.Equal(["xaxis.range"], update.Layout.Keys);
        Assert.Empty(charts.Invocations["react"]);
    }

    [Fact]
    public void NewSliceCounts_UpdateTheValuesAndTheTotal()
    {
        KeyCount[] slices = [new("negative", 2), new("positive", 3)];
        var chart = Render<DonutChart>(p => p.Add(c => c.Slices, slices).Add(c => c.Name, "sentiment"));
        chart.WaitForAssertion(() => Assert.Single(charts.Invocations["attach"]));

        chart.Render(p => p.Add(c => c.Slices, [new KeyCount("negative", 2), new KeyCount("positive", 4)]));

        chart.WaitForAssertion(() => Assert.Single(charts.Invocations["update"]));
        var update = (ChartUpdate)charts.Invocations["update"][0].Arguments[1]!;
        Assert.Equal(["values"], Assert.Single(update.Traces).Keys);
        Assert.Equal("<b>6</b><br>posts", Assert.Single(update.Layout).Value!.GetValue<string>());
    }

    [Fact]
    public void ANewKey_UpdatesTheBarsAndTheAxisLabels()
    {
        var chart = Render<BarChart>(p => p.Add(c => c.Items, Tags).Add(c => c.Name, "tags"));
        chart.WaitForAssertion(() => Assert.Single(charts.Invocations["attach"]));

        chart.Render(p => p.Add(c => c.Items, [.. Tags, new KeyCount("#new", 3)]));

        chart.WaitForAssertion(() => Assert.Single(charts.Invocations["update"]));
        var update = (ChartUpdate)charts.Invocations["update"][0].Arguments[1]!;
        Assert.Equal(["x", "y"], update.Traces[0].Keys.Order());
        // A third bar also narrows the gap between bars (one or two are kept thin).
        Assert.Equal(["bargap", "yaxis.ticktext", "yaxis.tickvals"], update.Layout.Keys.Order());
    }

    [Fact]
    public void ThemeSwitch_IsARedraw()
    {
        var chart = Render<BarChart>(p => p.Add(c => c.Items, Tags).Add(c => c.Name, "tags"));
        chart.WaitForAssertion(() => Assert.Single(charts.Invocations["attach"]));

        chart.InvokeAsync(() => Preferences.SetDarkMode(true));

        chart.WaitForAssertion(() => Assert.Single(charts.Invocations["react"]));
        Assert.Empty(charts.Invocations["update"]);
    }
}
