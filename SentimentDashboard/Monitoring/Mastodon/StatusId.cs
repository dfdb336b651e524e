namespace SentimentDashboard.Monitoring.Mastodon;

/// <summary>
/// Orders status ids the way servers do without parsing them. The API treats ids as opaque strings; Mastodon's are
/// decimal numbers (snowflakes since 2.0, shorter sequential ones on old data) and Pleroma/Akkoma's are fixed-length
/// base62 flake ids whose alphabet is in ASCII order, so "shorter first, then ordinal" sorts both correctly where
/// a plain string comparison would put "9" after "10" and a numeric parse would fail on base62.
/// </summary>
internal static class StatusId
{
    public static int Compare(string x, string y) =>
        x.Length != y.Length ? x.Length.CompareTo(y.Length) : string.CompareOrdinal(x, y);

    public static string? Max(string? x, string y) => x is null || Compare(y, x) > 0 ? y : x;
}
