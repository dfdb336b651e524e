namespace SentimentDashboard.Monitoring.Replay;

/// <summary>A stored upload: <see cref="Path"/> of the kept file, or <see cref="Error"/>, a message for people.</summary>
public sealed record ReplayUpload(string? Path, string? Error)
{
    public static ReplayUpload Refused(string error) => new(null, error);
}
