using MudBlazor;

namespace SentimentDashboard.Components.Layout;

/// <summary>
/// The one MudBlazor theme, light and dark, and the label colours every chart and badge shares (negative, neutral,
/// positive, the four emotions, unscored, hate, offensive), so a label looks the same on every page.
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

    private static readonly Dictionary<string, (string Light, string Dark)> LabelColors = new(StringComparer.Ordinal)
    {
        ["negative"] = ("#d9485f", "#f06a7f"),
        ["neutral"] = ("#8a94a6", "#9aa5b8"),
        ["positive"] = ("#2f9e6b", "#4cc38a"),
        ["hate"] = ("#d9485f", "#f06a7f"),
        ["offensive"] = ("#d97706", "#f59f00"),
        ["anger"] = ("#c2410c", "#fb923c"),
        ["joy"] = ("#b7791f", "#f6c453"),
        ["optimism"] = ("#0e7490", "#22b8cf"),
        ["sadness"] = ("#4f5bd5", "#8b9cf7"),
    };

    /// <summary>The colour of a label in the given mode: sentiment and emotion labels, "hate", "offensive"; grey for any other ("unscored").</summary>
    public static string LabelColor(string label, bool dark) =>
        LabelColors.TryGetValue(label, out var color) ? (dark ? color.Dark : color.Light) : (dark ? "#4a5366" : "#c9ced8");

    /// <summary>Whether <paramref name="label"/> has a colour of its own (else <see cref="LabelColor"/> gives the grey of "unscored").</summary>
    public static bool HasLabelColor(string label) => LabelColors.ContainsKey(label);
}
