namespace SentimentDashboard.Monitoring.Bluesky;

/// <summary>A commit's <c>operation</c> on its record.</summary>
internal enum JetstreamOperation
{
    Other,
    Create,
    Update,
    Delete,
}
