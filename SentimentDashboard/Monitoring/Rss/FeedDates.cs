using System.Globalization;
using System.Text.RegularExpressions;

namespace SentimentDashboard.Monitoring.Rss;

/// <summary>
/// Feed dates: RSS's RFC 822 (<c>Sat, 07 Sep 2002 09:42:31 GMT</c>, zones as offsets or US names, two-digit years) and
/// Atom's RFC 3339. Null for anything else, and the post then takes the time it was read.
/// </summary>
internal static partial class FeedDates
{
    private static readonly Dictionary<string, int> NamedZones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = 0, ["UT"] = 0, ["UTC"] = 0, ["Z"] = 0,
        ["EST"] = -5, ["EDT"] = -4, ["CST"] = -6, ["CDT"] = -5, ["MST"] = -7, ["MDT"] = -6, ["PST"] = -8, ["PDT"] = -7,
    };

    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var rfc822 = Rfc822().Match(value.Trim());
        if (!rfc822.Success)
        {
            return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso) ? iso : null;
        }

        var text = $"{rfc822.Groups["day"].Value} {rfc822.Groups["month"].Value} {Year(rfc822.Groups["year"].Value)} {rfc822.Groups["time"].Value}";
        var format = rfc822.Groups["time"].Value.Count(c => c == ':') == 2 ? "d MMM yyyy H:mm:ss" : "d MMM yyyy H:mm";
        if (!DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            || Offset(rfc822.Groups["zone"].Value) is not { } offset)
        {
            return null;
        }

        return new DateTimeOffset(local, offset);
    }

    private static string Year(string year) => year.Length == 2 ? (int.Parse(year, CultureInfo.InvariantCulture) < 50 ? "20" : "19") + year : year;

    private static TimeSpan? Offset(string zone)
    {
        if (zone.Length == 0)
        {
            return TimeSpan.Zero;
        }

        if (NamedZones.TryGetValue(zone, out var hours))
        {
            return TimeSpan.FromHours(hours);
        }

        var numeric = NumericZone().Match(zone);
        if (!numeric.Success)
        {
            return null;
        }

        var offset = new TimeSpan(int.Parse(numeric.Groups["h"].Value, CultureInfo.InvariantCulture), int.Parse(numeric.Groups["m"].Value, CultureInfo.InvariantCulture), 0);
        return numeric.Groups["sign"].Value == "-" ? -offset : offset;
    }

    [GeneratedRegex(@"^(?:[A-Za-z]{3},?\s*)?(?<day>\d{1,2})\s+(?<month>[A-Za-z]{3})\s+(?<year>\d{2}|\d{4})\s+(?<time>\d{1,2}:\d{2}(?::\d{2})?)\s*(?<zone>[A-Za-z]{1,3}|[+-]\d{2}:?\d{2})?$")]
    private static partial Regex Rfc822();

    [GeneratedRegex(@"^(?<sign>[+-])(?<h>\d{2}):?(?<m>\d{2})$")]
    private static partial Regex NumericZone();
}
