namespace SentimentDashboard.Audio;

/// <summary>Capture stopped abnormally; the message says why (ffmpeg's last error lines, a stall, a missing ffmpeg).</summary>
public sealed class CaptureException(string message, Exception? inner = null) : Exception(message, inner);
