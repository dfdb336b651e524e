namespace SentimentDashboard.Components.Charts;

public enum TimeChartKind
{
    /// <summary>A bar per slot, the series stacked (posts per bucket by label).</summary>
    StackedBars,

    /// <summary>A line with markers per series (shares, scores).</summary>
    Lines,
}
