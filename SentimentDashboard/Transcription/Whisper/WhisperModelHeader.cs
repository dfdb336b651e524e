namespace SentimentDashboard.Transcription.Whisper;

/// <summary>What a ggml whisper model file says about itself: its vocabulary size tells a multilingual model from an English-only one.</summary>
internal sealed record WhisperModelHeader(int Vocabulary)
{
    // whisper.cpp's own test: English-only models have 51,864 tokens, multilingual ones 51,865 or more.
    private const int MultilingualVocabulary = 51865;

    public bool IsMultilingual => Vocabulary >= MultilingualVocabulary;
}
