using System.Globalization;

namespace SentimentDashboard.Components.Layout;

/// <summary>
/// What one browser asked for: a dark or light theme and the time zone its times are shown in. Read from the
/// browser's cookies when a page is first rendered and from the browser itself once the circuit is up; components
/// re-render on <see cref="Changed"/>. One instance per circuit (scoped).
/// </summary>
public sealed class ViewerPreferences
{
    public const string ThemeCookie = "sd-theme";

    public const string TimeZoneCookie = "sd-tz";

    public bool DarkMode { get; private set; }

    /// <summary>Whether the theme was chosen by the viewer (a cookie) rather than taken from the system's setting.</summary>
    public bool ThemeChosen { get; private set; }

    public TimeZoneInfo TimeZone { get; private set; } = TimeZoneInfo.Utc;

    /// <summary>The zone as axes and labels name it: its IANA id (e.g. Europe/Paris), or UTC.</summary>
    public string TimeZoneName => TimeZone == TimeZoneInfo.Utc ? "UTC" : TimeZone.Id;

    public event Action? Changed;

    /// <summary>Takes the cookies' values; an unknown theme or zone leaves the current one.</summary>
    public void Load(string? theme, string? timeZone)
    {
        if (ParseTheme(theme) is { } dark)
        {
            (DarkMode, ThemeChosen) = (dark, true);
        }

        if (FindTimeZone(timeZone) is { } zone)
        {
            TimeZone = zone;
        }
    }

    /// <summary>What the browser reports once interactive; raises <see cref="Changed"/> when anything differs.</summary>
    public void ApplyBrowser(bool systemPrefersDark, string? timeZone)
    {
        var dark = ThemeChosen ? DarkMode : systemPrefersDark;
        var zone = FindTimeZone(timeZone) ?? TimeZone;
        if (dark != DarkMode || zone != TimeZone)
        {
            (DarkMode, TimeZone) = (dark, zone);
            Changed?.Invoke();
        }
    }

    public void SetDarkMode(bool dark)
    {
        (DarkMode, ThemeChosen) = (dark, true);
        Changed?.Invoke();
    }

    public DateTimeOffset ToLocal(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, TimeZone);

    /// <summary>A time in the viewer's zone, e.g. "Dec 6 14:05:09".</summary>
    public string Format(DateTimeOffset time, string format = "MMM d HH:mm:ss") =>
        ToLocal(time).ToString(format, CultureInfo.InvariantCulture);

    public static string? ThemeValue(bool dark) => dark ? "dark" : "light";

    private static bool? ParseTheme(string? theme) => theme switch
    {
        "dark" => true,
        "light" => false,
        _ => null,
    };

    private static TimeZoneInfo? FindTimeZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64)
        {
            return null;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
    }
}
