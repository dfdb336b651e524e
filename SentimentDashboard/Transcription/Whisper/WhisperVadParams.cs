namespace SentimentDashboard.Transcription.Whisper;

/// <summary><c>struct whisper_vad_params</c> of whisper.h 1.9.1 (whisper's own VAD; unused here, the silence gate is ours).</summary>
internal struct WhisperVadParams
{
    public float Threshold;
    public int MinSpeechDurationMs;
    public int MinSilenceDurationMs;
    public float MaxSpeechDurationS;
    public int SpeechPadMs;
    public float SamplesOverlap;
}
