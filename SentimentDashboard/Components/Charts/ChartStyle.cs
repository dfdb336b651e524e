using MudBlazor;
using MudBlazor.Utilities;
using SentimentDashboard.Components.Layout;

namespace SentimentDashboard.Components.Charts;

/// <summary>
/// What a chart takes from the viewer: the MudBlazor palette of their theme (light or dark), the theme's font, and
/// their time zone for time axes.
/// </summary>
public sealed record ChartStyle(bool Dark, TimeZoneInfo Zone, string ZoneName)
{
    public static ChartStyle Of(ViewerPreferences viewer) => new(viewer.DarkMode, viewer.TimeZone, viewer.TimeZoneName);

    public string Font { get; } = string.Join(", ", DashboardTheme.Theme.Typography.Default.FontFamily ?? []);

    private Palette Palette => Dark ? DashboardTheme.Theme.PaletteDark : DashboardTheme.Theme.PaletteLight;

    public string Text => Hex(Palette.TextPrimary);

    public string Muted => Hex(Palette.TextSecondary);

    public string Lines => Hex(Palette.LinesDefault);

    public string Surface => Hex(Palette.Surface);

    public string Color(ChartColor color) => Hex(color switch
    {
        ChartColor.Secondary => Palette.Secondary,
        ChartColor.Tertiary => Palette.Tertiary,
        ChartColor.Warning => Palette.Warning,
        _ => Palette.Primary,
    });

    /// <summary>The colour of a label (negative, neutral, positive, unscored, hate, offensive) as every page shows it.</summary>
    public string Label(string label) => DashboardTheme.LabelColor(label, Dark);

    public string AxisTitle => $"time ({ZoneName})";

    private static string Hex(MudColor color) => color.ToString(MudColorOutputFormats.Hex);
}
