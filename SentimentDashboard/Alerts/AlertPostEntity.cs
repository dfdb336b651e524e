namespace SentimentDashboard.Alerts;

/// <summary>A post behind an alert.</summary>
public sealed class AlertPostEntity
{
    public long AlertId { get; set; }

    public long PostId { get; set; }
}
