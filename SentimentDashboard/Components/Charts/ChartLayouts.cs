using Plotly.Blazor;
using Plotly.Blazor.ConfigLib;
using Plotly.Blazor.LayoutLib;

namespace SentimentDashboard.Components.Charts;

/// <summary>
/// The parts every plot shares, themed from <see cref="ChartStyle"/>: fonts, the card's surface as background, grid
/// lines, hover labels and the mode bar (only "download PNG", plus "reset axes" on time charts) at the top right, the legend at the top left.
/// </summary>
internal static class ChartLayouts
{
    public static Plotly.Blazor.Layout Base(ChartStyle style, bool legend) => new()
    {
        Font = new Font { Family = style.Font, Size = 12, Color = style.Muted },
        PaperBgColor = style.Surface,
        PlotBgColor = style.Surface,
        AutoSize = true,
        Margin = new Margin { L = 8, R = 8, T = legend ? 30 : 8, B = 8, Pad = 4 },
        ShowLegend = legend,
        Legend = legend
            ? [new Legend { Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H, X = 0, XAnchor = Plotly.Blazor.LayoutLib.LegendLib.XAnchorEnum.Left, Y = 1, YAnchor = Plotly.Blazor.LayoutLib.LegendLib.YAnchorEnum.Bottom, TraceOrder = Plotly.Blazor.LayoutLib.LegendLib.TraceOrderFlag.Normal, Font = new Plotly.Blazor.LayoutLib.LegendLib.Font { Color = style.Text } }]
            : null,
        HoverMode = HoverModeEnum.Closest,
        HoverLabel = new HoverLabel
        {
            BgColor = style.Surface,
            BorderColor = style.Lines,
            Font = new Plotly.Blazor.LayoutLib.HoverLabelLib.Font { Family = style.Font, Size = 12, Color = style.Text },
        },
        ModeBar = new ModeBar { BgColor = "rgba(0,0,0,0)", Color = style.Muted, ActiveColor = style.Text },
    };

    public static XAxis XAxis(ChartStyle style) => new()
    {
        GridColor = style.Lines,
        LineColor = style.Lines,
        ZeroLineColor = style.Lines,
        AutoMargin = Plotly.Blazor.LayoutLib.XAxisLib.AutoMarginFlag.True,
    };

    public static YAxis YAxis(ChartStyle style) => new()
    {
        GridColor = style.Lines,
        LineColor = style.Lines,
        ZeroLineColor = style.Lines,
        AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True,
        FixedRange = true,
    };

    /// <param name="name">The file name of a downloaded PNG.</param>
    /// <param name="zoom">Whether the plot zooms (time charts): keeps "reset axes" and double-click resets.</param>
    public static Config Config(string name, bool zoom) => new()
    {
        DisplayLogo = false,
        ShowTips = false,
        Responsive = false,
        DoubleClick = zoom ? DoubleClickEnum.Reset : DoubleClickEnum.False,
        DoubleClickDelay = ChartHost.DoubleClickDelay,
        ModeBarButtons = new[] { zoom ? new[] { "toImage", "resetScale2d" } : new[] { "toImage" } },
        ToImageButtonOptions = new { filename = name, scale = 2 },
    };
}
