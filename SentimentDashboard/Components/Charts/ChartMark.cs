namespace SentimentDashboard.Components.Charts;

/// <summary>A span a time chart shades behind its data (where an alert's posts lie).</summary>
public sealed record ChartMark(DateTimeOffset From, DateTimeOffset To);
