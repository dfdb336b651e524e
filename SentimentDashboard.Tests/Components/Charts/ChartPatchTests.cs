using Plotly.Blazor;
using Plotly.Blazor.Traces;
using SentimentDashboard.Components.Charts;

namespace SentimentDashboard.Tests.Components.Charts;

/// <summary>Two stacked-bar figures of buckets "08", "09", … with a negative and a positive count each.</summary>
public sealed class ChartPatchTests
{
    [Fact]
    public void Between_TheLastBucketGrew_SetsOnlyItsValues()
    {
        var patch = ChartPatch.Between(Figure(("08", 1, 2), ("09", 3, 4)), Figure(("08", 1, 2), ("09", 5, 4)));

        Assert.NotNull(patch);
        Assert.Equal((0, 1), (patch.Drop, patch.From));
        Assert.Equal([[5], [4]], patch.Set);
        Assert.Empty(patch.X);
    }

    [Fact]
    public void Between_ANewBucket_AppendsIt_AndSetsTheOneThatFinishedFilling()
    {
        var patch = ChartPatch.Between(Figure(("08", 1, 2), ("09", 3, 4)), Figure(("08", 1, 2), ("09", 3, 6), ("10", 0, 1)));

        Assert.NotNull(patch);
        Assert.Equal(1, patch.From);
        Assert.Equal([[3], [6]], patch.Set);
        Assert.Equal(["10"], patch.X);
        Assert.Equal([[0], [1]], patch.Y);
    }

    [Fact]
    public void Between_ASlidingWindow_DropsTheFirstBuckets()
    {
        var patch = ChartPatch.Between(Figure(("08", 1, 2), ("09", 3, 4), ("10", 5, 6)), Figure(("09", 3, 4), ("10", 5, 6), ("11", 7, 8)));

        Assert.NotNull(patch);
        Assert.Equal((1, 2), (patch.Drop, patch.From));
        Assert.Equal(["11"], patch.X);
    }

    [Fact]
    public void Between_TheSameData_IsEmpty()
    {
        var patch = ChartPatch.Between(Figure(("08", 1, 2)), Figure(("08", 1, 2)));

        Assert.True(patch?.IsEmpty);
        Assert.True(Figure(("08", 1, 2)).SameAs(Figure(("08", 1, 2))));
    }

    [Fact]
    public void Between_AnotherTheme_IsARedraw() =>
        Assert.Null(ChartPatch.Between(Figure(("08", 1, 2)), Figure("#f06a7f", ("08", 1, 2))));

    [Fact]
    public void Between_OtherBuckets_IsARedraw() =>
        Assert.Null(ChartPatch.Between(Figure(("08", 1, 2), ("09", 3, 4)), Figure(("09:30", 1, 2), ("10:30", 3, 4))));

    [Fact]
    public void Between_FiguresThatDoNotGrow_IsARedraw()
    {
        var bars = Figure(("08", 1, 2));

        Assert.Null(ChartPatch.Between(new ChartFigure(bars.Traces, bars.Layout, bars.Config), Figure(("08", 1, 3))));
    }

    private static ChartFigure Figure(params (string X, int Negative, int Positive)[] buckets) => Figure("#d9485f", buckets);

    /// <summary>Stacked bars whose only styling input is the first trace's colour.</summary>
    private static ChartFigure Figure(string colour, params (string X, int Negative, int Positive)[] buckets)
    {
        var x = buckets.Select(b => (object)b.X).ToList();
        ITrace Trace(string name, string traceColour, Func<(string X, int Negative, int Positive), int> value) => new Bar
        {
            Name = name,
            X = x,
            Y = buckets.Select(b => (object)value(b)).ToList(),
            Marker = new Plotly.Blazor.Traces.BarLib.Marker { Color = traceColour },
        };
        return new ChartFigure([Trace("negative", colour, b => b.Negative), Trace("positive", "#2f9e6b", b => b.Positive)], new Plotly.Blazor.Layout(), new Config(), appendable: true);
    }
}
