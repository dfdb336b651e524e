namespace SentimentDashboard.Tests.Fakes;

/// <summary>Encoded audio held in memory, with its content type and how long it plays.</summary>
public sealed record MediaClip(byte[] Bytes, string ContentType, TimeSpan Duration)
{
    /// <summary>Bytes per second of playback: the rate at which a live server sends it at real-time pace.</summary>
    public double BytesPerSecond => Bytes.Length / Duration.TotalSeconds;
}
