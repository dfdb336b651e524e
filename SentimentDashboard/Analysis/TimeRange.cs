using System.Globalization;

namespace SentimentDashboard.Analysis;

/// <summary>
/// A time window as the URL carries it: relative ("15m", "1h", "24h", "7d", "30d", "all"), resolved against the
/// clock when a query runs so a shared link keeps meaning "the last day", or absolute (from/to, ISO 8601).
/// </summary>
public sealed record TimeRange(string? Relative, DateTimeOffset? From, DateTimeOffset? To)
{
    public static readonly TimeRange LastDay = new("24h", null, null);

    public static readonly TimeRange All = new("all", null, null);

    public static IReadOnlyList<string> RelativeChoices { get; } = ["15m", "1h", "6h", "24h", "7d", "30d", "all"];

    public static TimeRange Absolute(DateTimeOffset from, DateTimeOffset to) => new(null, from, to);

    /// <summary>The concrete window now; open ends are null.</summary>
    public (DateTimeOffset? From, DateTimeOffset? To) Resolve(DateTimeOffset now) => Relative switch
    {
        null => (From, To),
        "all" => (null, null),
        _ => (now - ParseSpan(Relative), null),
    };

    /// <summary>A bucket size that gives a readable number of columns for this window.</summary>
    public Granularity SuggestedGranularity(DateTimeOffset now, DateTimeOffset? earliestData)
    {
        var (from, to) = Resolve(now);
        var span = (to ?? now) - (from ?? earliestData ?? now);
        return span <= TimeSpan.FromHours(3) ? Granularity.Minute
            : span <= TimeSpan.FromDays(4) ? Granularity.Hour
            : Granularity.Day;
    }

    public static bool IsValidRelative(string text) => text == "all" || TryParseSpan(text, out _);

    public static TimeSpan ParseSpan(string text) =>
        TryParseSpan(text, out var span) ? span : throw new FormatException($"'{text}' is not a time span like 15m, 24h or 7d");

    private static bool TryParseSpan(string text, out TimeSpan span)
    {
        span = default;
        if (text.Length < 2 || !int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0)
        {
            return false;
        }

        span = text[^1] switch
        {
            'm' => TimeSpan.FromMinutes(n),
            'h' => TimeSpan.FromHours(n),
            'd' => TimeSpan.FromDays(n),
            _ => default,
        };
        return span > TimeSpan.Zero;
    }
}
