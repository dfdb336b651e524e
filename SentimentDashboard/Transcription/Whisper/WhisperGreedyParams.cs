namespace SentimentDashboard.Transcription.Whisper;

/// <summary>The anonymous <c>greedy</c> struct inside <c>whisper_full_params</c> (whisper.h 1.9.1).</summary>
internal struct WhisperGreedyParams
{
    public int BestOf;
}
