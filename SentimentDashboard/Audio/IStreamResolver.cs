namespace SentimentDashboard.Audio;

/// <summary>
/// Tells whether a live monitor's target is live now and, if so, the media URL to capture: a direct stream URL is
/// probed; a platform page (TikTok, YouTube, Twitch) is resolved with yt-dlp. Never throws for an unreachable or
/// unknown target: that is <see cref="StreamAvailability.Offline"/> or <see cref="StreamAvailability.Error"/> with a message.
/// </summary>
public interface IStreamResolver
{
    Task<StreamProbe> ProbeAsync(string target, CancellationToken cancellation);
}
