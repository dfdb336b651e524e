using MudBlazor;

namespace SentimentDashboard.Components.Layout;

/// <summary>
/// The one MudBlazor theme, light and dark, and the label colours every chart and badge shares (negative, neutral,
/// positive, unscored, hate, offensive), so a label looks the same on every page.
/// </summary>
public static class DashboardTheme
{
    private static readonly string[] FontFamily = ["Inter", "system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#3b5bdb",
            Secondary = "#6d28d9",
            Tertiary = "#0e7490",
            Error = "#d9485f",
            Success = "#2f9e6b",
            Warning = "#d97706",
            Background = "#f4f6fa",
            Surface = "#ffffff",
            AppbarBackground = "#ffffff",
            AppbarText = "#1f2430",
            DrawerBackground = "#1e2533",
            DrawerText = "#c9d1e0",
            DrawerIcon = "#c9d1e0",
            TextPrimary = "#1f2430",
            TextSecondary = "#5f6b7f",
            LinesDefault = "#e3e7ef",
            TableLines = "#e3e7ef",
            Divider = "#e3e7ef",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#7c93f5",
            Secondary = "#a78bfa",
            Tertiary = "#22b8cf",
            Error = "#f06a7f",
            Success = "#4cc38a",
            Warning = "#f59f00",
            Background = "#12161f",
            Surface = "#1b2130",
            AppbarBackground = "#1b2130",
            AppbarText = "#e4e8f1",
            DrawerBackground = "#0d1118",
            DrawerText = "#c9d1e0",
            DrawerIcon = "#c9d1e0",
            TextPrimary = "#e4e8f1",
            TextSecondary = "#9aa5b8",
            LinesDefault = "#2c3445",
            TableLines = "#2c3445",
            Divider = "#2c3445",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = FontFamily, FontSize = ".9375rem", LineHeight = "1.5" },
            H4 = new H4Typography { FontFamily = FontFamily, FontSize = "1.75rem", FontWeight = "600", LineHeight = "1.25" },
            H5 = new H5Typography { FontFamily = FontFamily, FontSize = "1.25rem", FontWeight = "600", LineHeight = "1.3" },
            H6 = new H6Typography { FontFamily = FontFamily, FontSize = "1.05rem", FontWeight = "600", LineHeight = "1.3" },
            Button = new ButtonTypography { FontFamily = FontFamily, FontWeight = "500", TextTransform = "none" },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "8px", DrawerWidthLeft = "232px" },
    };

    /// <summary>The colour of a label in the given mode: sentiment labels, "unscored", "hate", "offensive".</summary>
    public static string LabelColor(string label, bool dark) => (label, dark) switch
    {
        ("negative", false) => "#d9485f",
        ("negative", true) => "#f06a7f",
        ("neutral", false) => "#8a94a6",
        ("neutral", true) => "#9aa5b8",
        ("positive", false) => "#2f9e6b",
        ("positive", true) => "#4cc38a",
        ("hate", false) => "#d9485f",
        ("hate", true) => "#f06a7f",
        ("offensive", false) => "#d97706",
        ("offensive", true) => "#f59f00",
        (_, false) => "#c9ced8",
        (_, true) => "#4a5366",
    };
}
