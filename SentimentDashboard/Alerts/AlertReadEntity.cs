namespace SentimentDashboard.Alerts;

/// <summary>That one user has read one alert: an alert without a row for the user is unread for them.</summary>
public sealed class AlertReadEntity
{
    public long AlertId { get; set; }

    public required string UserId { get; set; }

    public DateTimeOffset ReadAt { get; set; }
}
