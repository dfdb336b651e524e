using System.Globalization;

namespace SentimentDashboard.Components.Charts;

/// <summary>
/// Plotly's date axes have no time zone: they show wall-clock times. Every instant is therefore sent as the viewer's
/// local time without an offset, and every axis position read back (a click, a brushed range) is converted from that
/// zone to UTC, so drill-downs and zooms stay exact instants.
/// </summary>
public static class AxisTime
{
    public static string ToAxis(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return local.ToString(local.Millisecond == 0 ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The instant of a wall-clock time Plotly wrote ("2026-12-06 08:13:22.5127", "2026-12-06 08:13", "2026-12-06").
    /// A time the zone skips or repeats (a daylight-saving change) takes the zone's standard offset.
    /// </summary>
    public static DateTimeOffset? FromAxis(string? text, TimeZoneInfo zone)
    {
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            return null;
        }

        var local = DateTime.SpecifyKind(parsed, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
