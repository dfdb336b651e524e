namespace SentimentDashboard.Transcription.Whisper;

/// <summary><c>struct whisper_aheads</c> of whisper.h 1.9.1 (custom alignment heads for DTW timestamps; unused here).</summary>
internal struct WhisperAheads
{
    public nuint NHeads;
    public IntPtr Heads;
}
