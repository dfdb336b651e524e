namespace SentimentDashboard.Components.Charts;

/// <summary>
/// A click on a plot's point as the browser reports it: the trace and point index it drew, and the point's category
/// (a slice's label, a horizontal bar's key, or a time point's wall-clock time; <see cref="At"/> is that time as an instant).
/// </summary>
public sealed record ChartClick(int Trace, int Index, string? Category, DateTimeOffset? At);
