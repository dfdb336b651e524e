using System.Globalization;
using SentimentDashboard.Analysis.Lives;

namespace SentimentDashboard.Components.Shared;

/// <summary>How the Lives pages write durations and viewer counts.</summary>
public static class LiveFormat
{
    public static string Duration(TimeSpan duration) =>
        duration.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalHours}:{duration.Minutes:00}:{duration.Seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{duration.Minutes}:{duration.Seconds:00}");

    public static string Viewers(LiveSummary live) =>
        live.Viewers is { } viewers
            ? string.Create(CultureInfo.InvariantCulture, $"{viewers:N0} ({live.PeakViewers ?? viewers:N0})")
            : "—";

    /// <summary>Time into the live, as the transcript timeline labels its segments.</summary>
    public static string Offset(LiveSummary live, DateTimeOffset at) => Duration(at < live.StartedAt ? TimeSpan.Zero : at - live.StartedAt);
}
