namespace SentimentDashboard.Components.Charts;

/// <summary>A palette colour of the MudBlazor theme for a chart whose marks all have one colour.</summary>
public enum ChartColor
{
    Primary,
    Secondary,
    Tertiary,
    Warning,
}
