using System.ComponentModel.DataAnnotations;

namespace SentimentDashboard.Transcription.Whisper;

/// <summary>Configuration section "Whisper": Whisper (Whisper.net, whisper.cpp inside); without <see cref="ModelPath"/> it is not configured.</summary>
public sealed class WhisperOptions
{
    public const string Section = "Whisper";

    /// <summary>A ggml model such as <c>models/whisper/ggml-base.en.bin</c> (<c>whisper-model --name base.en</c> fetches one).</summary>
    public string? ModelPath { get; set; }

    /// <summary>"auto" to detect the language of each segment, or a code such as "en", "fr" (English-only models ignore it).</summary>
    [Required]
    [RegularExpression("^(auto|[a-z]{2,3})$", ErrorMessage = "Whisper:Language must be \"auto\" or a language code such as \"en\"")]
    public string Language { get; set; } = "auto";

    [Range(1, 64)]
    public int Threads { get; set; } = Math.Min(4, Environment.ProcessorCount);

    /// <summary>Beam search width; 1 decodes greedily (faster, slightly less accurate).</summary>
    [Range(1, 16)]
    public int BeamSize { get; set; } = 5;

    /// <summary>Segments quieter than this root mean square (samples in [-1, 1]; 0.003 is about -50 dBFS) are not transcribed.</summary>
    [Range(0.0, 1.0)]
    public double SilenceRms { get; set; } = 0.003;
}
