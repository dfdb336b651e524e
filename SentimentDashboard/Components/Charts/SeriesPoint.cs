using SentimentDashboard.Analysis;

namespace SentimentDashboard.Components.Charts;

/// <summary>A point clicked on a time chart: its slot as exact UTC instants and the key of its series.</summary>
public sealed record SeriesPoint(TimeRange Slot, string Series);
