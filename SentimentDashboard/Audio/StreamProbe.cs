namespace SentimentDashboard.Audio;

/// <summary>
/// The state of a stream target at one poll: <see cref="MediaUrl"/> is set when live (signed platform URLs expire:
/// probe again after a disconnect); title and viewer count when the source gives them; a message for the status page.
/// </summary>
public sealed record StreamProbe(StreamAvailability Availability, string? MediaUrl = null, string? Title = null, int? Viewers = null, string? Message = null)
{
    /// <summary>A platform page (polled gently, every few minutes) rather than a direct media URL.</summary>
    public bool IsPlatformPage { get; init; }

    /// <summary>
    /// ffmpeg's demuxer for the stream's content type (e.g. <c>mp3</c> for audio/mpeg), when the server says it: ffmpeg
    /// cannot recognise an mp3 stream joined between frames until the stream ends, so it is told.
    /// </summary>
    public string? InputFormat { get; init; }
}
