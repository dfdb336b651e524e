using Microsoft.AspNetCore.Components;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using SentimentDashboard.Analysis;

namespace SentimentDashboard.Components.Charts;

public sealed partial class TimeChart
{
    [Parameter, EditorRequired]
    public TimeSeriesSet Data { get; set; } = null!;

    [Parameter]
    public TimeChartKind Kind { get; set; }

    /// <summary>The unit of values: "posts" (counts) or "%" (shares, 0 to 100).</summary>
    [Parameter]
    public string Unit { get; set; } = "posts";

    /// <summary>Identifies the view: while it stays the same a redraw keeps the viewer's zoom (Plotly's uirevision).</summary>
    [Parameter, EditorRequired]
    public string ViewKey { get; set; } = "";

    /// <summary>Whether the data ends now and grows: a brush reaching the last slot then zooms to "from there on".</summary>
    [Parameter]
    public bool Live { get; set; }

    /// <summary>A fixed x range (e.g. a zoomed window of a live); without it the axis spans the data.</summary>
    [Parameter]
    public TimeRange? Window { get; set; }

    /// <summary>A span to shade, e.g. where an alert's posts lie.</summary>
    [Parameter]
    public ChartMark? Mark { get; set; }

    /// <summary>The downloaded PNG's name.</summary>
    [Parameter, EditorRequired]
    public string Name { get; set; } = "";

    [Parameter]
    public int Height { get; set; } = 300;

    [Parameter]
    public string? TestId { get; set; }

    [Parameter]
    public string EmptyText { get; set; } = "Nothing in this view.";

    [Parameter]
    public EventCallback<SeriesPoint> OnPointClick { get; set; }

    /// <summary>A brushed range: absolute, or open-ended ("from then on") when it reaches the last slot of live data.</summary>
    [Parameter]
    public EventCallback<TimeRange> OnZoom { get; set; }

    [Parameter]
    public EventCallback OnZoomReset { get; set; }

    private bool Percent => Unit == "%";

    private ChartFigure Build(ChartStyle style)
    {
        var x = Data.Times.Select(t => AxisTime.ToAxis(t, style.Zone)).ToList<object>();
        var traces = Data.Series.Select(s => Kind == TimeChartKind.StackedBars ? (ITrace)Bars(s, x, style) : Line(s, x, style)).ToList();
        var layout = ChartLayouts.Base(style, legend: Data.Series.Count > 1);
        layout.BarMode = Plotly.Blazor.LayoutLib.BarModeEnum.Stack;
        layout.DragMode = DragModeEnum.Zoom;
        layout.UiRevision = ViewKey;
        var xAxis = ChartLayouts.XAxis(style);
        xAxis.Type = Plotly.Blazor.LayoutLib.XAxisLib.TypeEnum.Date;
        xAxis.Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = style.AxisTitle, Font = new() { Size = 11, Color = style.Muted } };
        xAxis.Range = Window is { } window ? [Axis(window.From, style), Axis(window.To ?? Data.Times[^1] + Data.Step, style)] : null;
        var yAxis = ChartLayouts.YAxis(style);
        yAxis.RangeMode = Plotly.Blazor.LayoutLib.YAxisLib.RangeModeEnum.ToZero;
        yAxis.TickSuffix = Percent ? "%" : null;
        yAxis.Range = Percent ? [0, 100] : null;
        layout.XAxis = [xAxis];
        layout.YAxis = [yAxis];
        layout.Shapes = Mark is { } mark ? [Shade(mark, style)] : null;
        return new ChartFigure(traces, layout, ChartLayouts.Config(Name, zoom: true), appendable: true);
    }

    /// <summary>The mark over the slots it touches, so that a burst within one minute still shows as that minute's column.</summary>
    private Shape Shade(ChartMark mark, ChartStyle style)
    {
        var from = Data.Times.LastOrDefault(t => t <= mark.From, mark.From);
        var to = Data.Times.FirstOrDefault(t => t > mark.To, Data.Times.LastOrDefault(t => t <= mark.To, mark.To) + Data.Step);
        return new Shape
        {
            Type = Plotly.Blazor.LayoutLib.ShapeLib.TypeEnum.Rect,
            XRef = "x",
            YRef = "paper",
            X0 = AxisTime.ToAxis(from, style.Zone),
            X1 = AxisTime.ToAxis(to, style.Zone),
            Y0 = 0,
            Y1 = 1,
            FillColor = style.Color(ChartColor.Warning),
            Opacity = 0.18m,
            Layer = Plotly.Blazor.LayoutLib.ShapeLib.LayerEnum.Below,
            Line = new Plotly.Blazor.LayoutLib.ShapeLib.Line { Width = 0 },
        };
    }

    private Bar Bars(TimeSeries series, List<object> x, ChartStyle style)
    {
        var width = (decimal)Data.Step.TotalMilliseconds;
        return new Bar
        {
            Name = series.Title,
            X = x,
            Y = Values(series),
            Marker = new Plotly.Blazor.Traces.BarLib.Marker { Color = style.Label(series.Color) },
            // Each bar fills its slot [start, start + step), not centred on its start.
            Offset = width * 0.07m,
            Width = width * 0.86m,
            HoverTemplate = HoverTemplate(series),
        };
    }

    private Scatter Line(TimeSeries series, List<object> x, ChartStyle style) => new()
    {
        Name = series.Title,
        X = x,
        Y = Values(series),
        Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Lines | Plotly.Blazor.Traces.ScatterLib.ModeFlag.Markers,
        Line = new Plotly.Blazor.Traces.ScatterLib.Line { Color = style.Label(series.Color), Width = 2 },
        Marker = new Plotly.Blazor.Traces.ScatterLib.Marker { Color = style.Label(series.Color), Size = 6 },
        // A share of 100% sits on the axis' top edge: its marker is drawn whole.
        ClipOnAxis = false,
        HoverTemplate = HoverTemplate(series),
    };

    private static List<object> Values(TimeSeries series) => series.Values.Cast<object>().ToList();

    private string HoverTemplate(TimeSeries series)
    {
        var time = Data.Step >= TimeSpan.FromDays(1) ? "%b %-d" : Data.Step < TimeSpan.FromMinutes(1) ? "%H:%M:%S" : "%b %-d %H:%M";
        var value = Percent ? "%{y:.1f}%" : $"%{{y:,}} {Unit}";
        return $"%{{x|{time}}}<br>{series.Title}: {value}<extra></extra>";
    }

    private static object Axis(DateTimeOffset? time, ChartStyle style) => time is { } t ? AxisTime.ToAxis(t, style.Zone) : null!;

    private Task OnClicked(ChartClick click)
    {
        var index = click.At is { } at ? Data.SlotOf(at) : -1;
        if (index < 0 || click.Trace >= Data.Series.Count)
        {
            return Task.CompletedTask;
        }

        var start = Data.Times[index];
        return OnPointClick.InvokeAsync(new SeriesPoint(TimeRange.Absolute(start, start + Data.Step), Data.Series[click.Trace].Key));
    }

    private Task OnZoomed(TimeRange range) =>
        OnZoom.InvokeAsync(Live && range.To >= Data.Times[^1] ? range with { To = null } : range);
}
