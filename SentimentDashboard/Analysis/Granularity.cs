namespace SentimentDashboard.Analysis;

/// <summary>The width of a chart's time bucket.</summary>
public enum Granularity
{
    Minute,
    Hour,
    Day,
}
