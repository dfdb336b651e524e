namespace SentimentDashboard.Transcription;

/// <summary>Which speech engine live monitors use (section "Transcription").</summary>
public sealed class TranscriptionOptions
{
    public const string Section = "Transcription";

    public TranscriptionEngine Engine { get; set; } = TranscriptionEngine.Auto;
}
