using Bunit;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using SentimentDashboard.Analysis;
using SentimentDashboard.Components.Charts;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Components.Charts;

/// <summary>
/// A stacked time chart of three hourly buckets seen from Paris in the dark theme: what it draws, and what the
/// browser's events (as charts.js reports them) become.
/// </summary>
public sealed class TimeChartTests : ComponentTestContext
{
    private static readonly DateTimeOffset Eight = new(2026, 12, 6, 8, 0, 0, TimeSpan.Zero);

    private readonly BunitJSModuleInterop plotly;
    private readonly BunitJSModuleInterop charts;
    private readonly List<SeriesPoint> clicks = [];
    private readonly List<TimeRange> zooms = [];
    private int resets;

    public TimeChartTests()
    {
        Preferences.Load("dark", "Europe/Paris");
        plotly = JSInterop.SetupModule("./_content/Plotly.Blazor/plotly-interop-7.2.0.js");
        charts = JSInterop.SetupModule("./js/charts.js");
        charts.Setup<bool>("attach", _ => true).SetResult(true);
    }

    [Fact]
    public void Figure_ShowsTheBucketsInTheViewersZone_InTheDarkPalette()
    {
        var chart = Render(Buckets(3));

        var plot = chart.FindComponent<PlotlyChart>().Instance;
        Assert.Equal(["2026-12-06 09:00:00", "2026-12-06 10:00:00", "2026-12-06 11:00:00"], plot.Data[0] is Bar bar ? bar.X : []);
        Assert.Equal("time (Europe/Paris)", plot.Layout.XAxis[0].Title.Text);
        Assert.Equal("#1b2130", plot.Layout.PaperBgColor);
        Assert.Equal("#f06a7f", ((Bar)plot.Data[0]).Marker.Color);
    }

    [Fact]
    public async Task Click_OnASegment_RaisesItsBucketAsUtcInstants_AndItsSeries()
    {
        var host = Render(Buckets(3)).FindComponent<ChartHost>();

        await host.InvokeAsync(() => host.Instance.Clicked(0, 1, "2026-12-06 10:00"));

        Assert.Equal(new SeriesPoint(TimeRange.Absolute(Eight.AddHours(1), Eight.AddHours(2)), "negative"), Assert.Single(clicks));
    }

    [Fact]
    public async Task Click_OnATimeWithoutABucket_RaisesNothing()
    {
        var host = Render(Buckets(3)).FindComponent<ChartHost>();

        await host.InvokeAsync(() => host.Instance.Clicked(1, 9, "2026-12-06 18:00"));

        Assert.Empty(clicks);
    }

    [Fact]
    public async Task Brush_InTheViewersZone_RaisesTheRangeAsUtcInstants()
    {
        var host = Render(Buckets(3)).FindComponent<ChartHost>();

        await host.InvokeAsync(() => host.Instance.Zoomed("2026-12-06 09:30", "2026-12-06 10:45:30.5"));

        Assert.Equal(TimeRange.Absolute(Eight.AddMinutes(30), Eight.AddHours(1).AddMinutes(45).AddSeconds(30.5)), Assert.Single(zooms));
    }

    [Fact]
    public async Task Brush_IntoTheLastBucketOfLiveData_ZoomsFromItsStartOn()
    {
        var host = Render(Buckets(3)).FindComponent<ChartHost>();

        await host.InvokeAsync(() => host.Instance.Zoomed("2026-12-06 10:15", "2026-12-06 11:50"));

        Assert.Equal(new TimeRange(null, Eight.AddMinutes(75), null), Assert.Single(zooms));
    }

    [Fact]
    public async Task DoubleClick_RaisesTheReset()
    {
        var host = Render(Buckets(3)).FindComponent<ChartHost>();

        await host.InvokeAsync(() => host.Instance.ZoomReset());

        Assert.Equal(1, resets);
    }

    [Fact]
    public void LiveData_ANewBucket_IsPatchedIn_NotRedrawn()
    {
        var chart = Render(Buckets(3));
        chart.WaitForAssertion(() => Assert.Single(charts.Invocations["attach"]));

        chart.Render(p => p.Add(c => c.Data, Buckets(4)));

        chart.WaitForAssertion(() => Assert.Single(charts.Invocations["patch"]));
        var patch = (ChartPatch)charts.Invocations["patch"][0].Arguments[1]!;
        Assert.Equal(["2026-12-06 12:00:00"], patch.X);
        Assert.Equal([[3.0], [6.0]], patch.Y);
        Assert.Empty(charts.Invocations["react"]);
    }

    [Fact]
    public void ThemeSwitch_RedrawsTheSamePlot_InTheLightPalette()
    {
        var chart = Render(Buckets(3));
        chart.WaitForAssertion(() => Assert.Single(charts.Invocations["attach"]));

        chart.InvokeAsync(() => Preferences.SetDarkMode(false));

        chart.WaitForAssertion(() => Assert.Single(charts.Invocations["react"]));
        Assert.Equal("#ffffff", chart.FindComponent<PlotlyChart>().Instance.Layout.PaperBgColor);
        Assert.Single(plotly.Invocations["newPlot"]);
    }

    private IRenderedComponent<TimeChart> Render(TimeSeriesSet data) => Render<TimeChart>(p => p
        .Add(c => c.Data, data)
        .Add(c => c.ViewKey, "view")
        .Add(c => c.Name, "timeline")
        .Add(c => c.Live, true)
        .Add(c => c.OnPointClick, clicks.Add)
        .Add(c => c.OnZoom, zooms.Add)
        .Add(c => c.OnZoomReset, () => resets++));

    /// <summary>Hourly buckets from 08:00 UTC, the same counts whatever their number, so a longer list only grows.</summary>
    private static TimeSeriesSet Buckets(int count)
    {
        var negative = new double?[] { 1, 2, 4, 3 }[..count];
        var positive = new double?[] { 3, 4, 5, 6 }[..count];
        return new TimeSeriesSet(
            Enumerable.Range(0, count).Select(i => Eight.AddHours(i)).ToArray(),
            TimeSpan.FromHours(1),
            [new TimeSeries("negative", "negative", negative, "negative"), new TimeSeries("positive", "positive", positive, "positive")]);
    }
}
