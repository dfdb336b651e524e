namespace SentimentDashboard.Transcription.Whisper;

/// <summary>The anonymous <c>beam_search</c> struct inside <c>whisper_full_params</c> (whisper.h 1.9.1).</summary>
internal struct WhisperBeamSearchParams
{
    public int BeamSize;
    public float Patience;
}
