namespace SentimentDashboard.Monitoring.Bluesky;

/// <summary>The <c>kind</c> of a Jetstream event.</summary>
internal enum JetstreamEventKind
{
    Other,
    Commit,
    Identity,
    Account,
}
