using System.Globalization;

namespace SentimentDashboard.Api;

/// <summary>
/// Reading a list filter from a query string and writing it back, the same way for every export link and API call:
/// blank or malformed values count as absent, and absent values are left out of a written query.
/// </summary>
public static class QueryValues
{
    /// <summary>The value of <paramref name="key"/>, or null when it is missing or blank.</summary>
    public static string? Text(IQueryCollection query, string key) =>
        query.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.ToString() : null;

    /// <summary>A database id (digits only), or null.</summary>
    public static long? Id(IQueryCollection query, string key) =>
        long.TryParse(Text(query, key), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary><c>limit</c> clamped to [1, <paramref name="max"/>], or <paramref name="fallback"/> when it is not given as digits.</summary>
    public static int Limit(IQueryCollection query, int fallback, int max) =>
        int.TryParse(Text(query, "limit"), NumberStyles.None, CultureInfo.InvariantCulture, out var limit) ? Math.Clamp(limit, 1, max) : fallback;

    /// <summary>The query string of the pairs whose value is not null (empty when none is), starting with <c>?</c>.</summary>
    public static string Write(params (string Key, string? Value)[] pairs) =>
        QueryString.Create(pairs.Where(p => p.Value is not null).Select(p => KeyValuePair.Create(p.Key, p.Value))).ToUriComponent();

    public static string? Write(long? id) => id?.ToString(CultureInfo.InvariantCulture);
}
