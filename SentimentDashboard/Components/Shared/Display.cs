using System.Globalization;

namespace SentimentDashboard.Components.Shared;

/// <summary>How every page writes numbers: invariant, so a page reads the same whatever the server's culture.</summary>
public static class Display
{
    /// <summary>A probability as a whole percentage ("42%"), or a dash when there is none (an unscored post).</summary>
    public static string Percent(float? probability) =>
        probability is { } p && float.IsFinite(p) ? (p * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "—";

    public static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A probability at or above one half: the model says yes.</summary>
    public static bool IsHigh(float? probability) => probability >= 0.5f;

    /// <summary>
    /// A monitor's name (KIND:TARGET) short enough for a list: a replay's file name, a URL without its scheme.
    /// </summary>
    public static string MonitorLabel(string name)
    {
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return name;
        }

        var (kind, target) = (name[..colon], name[(colon + 1)..]);
        var shown = Uri.TryCreate(target, UriKind.Absolute, out var uri) && !uri.IsFile
            ? uri.Authority + uri.PathAndQuery.TrimEnd('/')
            : Path.GetFileName(target);
        return $"{kind}: {shown}";
    }
}
