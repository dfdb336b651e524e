namespace SentimentDashboard.Alerts;

/// <summary>
/// The newest post the alert rules have seen (one row). Posts stored after it, in the moment before a crash, are
/// evaluated at the next start.
/// </summary>
public sealed class AlertMarkEntity
{
    public const int SingleId = 1;

    public int Id { get; set; } = SingleId;

    public long LastPostId { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
