namespace SentimentDashboard.Audio;

/// <summary>
/// Captures a media URL's audio as fixed-length 16 kHz mono segments, each yielded as soon as it is complete. The
/// sequence ends normally when the stream ends; it throws <see cref="CaptureException"/> when capture fails (stall,
/// ffmpeg crash, unreadable input) after yielding what was complete. Cancelling stops the capture; nothing (process,
/// temporary file) outlives the enumeration. <paramref name="inputFormat"/> names ffmpeg's demuxer when the stream's
/// content type tells it (<see cref="StreamProbe.InputFormat"/>); null lets ffmpeg detect it.
/// </summary>
public interface IAudioCapture
{
    IAsyncEnumerable<AudioSegment> CaptureAsync(long monitorId, string mediaUrl, string? inputFormat, CancellationToken cancellation);
}
