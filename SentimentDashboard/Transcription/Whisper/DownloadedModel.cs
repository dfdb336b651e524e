namespace SentimentDashboard.Transcription.Whisper;

/// <summary>A model file in place: where, how big, and whether this run fetched it (false: it was already there).</summary>
public sealed record DownloadedModel(string Path, long Length, bool Downloaded);
