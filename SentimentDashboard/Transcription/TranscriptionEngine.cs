namespace SentimentDashboard.Transcription;

/// <summary>Auto: Whisper when a model is configured and present, otherwise PocketSphinx (no download needed).</summary>
public enum TranscriptionEngine
{
    Auto,
    Whisper,
    PocketSphinx,
}
