using SentimentDashboard.Classification.Features;

namespace SentimentDashboard.Classification.Models;

/// <summary>The self-description stored at the head of every model file.</summary>
public sealed record ModelMetadata
{
    public required string Task { get; init; }

    public required IReadOnlyList<string> Labels { get; init; }

    public required FeaturizerSettings Featurizer { get; init; }

    public required BlockScales Scales { get; init; }

    /// <summary>Divides the logits before the softmax; fitted on validation data so probabilities are calibrated.</summary>
    public float Temperature { get; init; } = 1f;

    /// <summary>SHA-256 of the embedded word vectors, so models sharing them can share one featurizer; null without vectors.</summary>
    public string? VectorsHash { get; init; }

    /// <summary>SHA-256 of the embedded valence lexicon; null without one.</summary>
    public string? LexiconHash { get; init; }

    /// <summary>SHA-256 of the embedded profanity list; null without one.</summary>
    public string? ProfanityHash { get; init; }

    /// <summary>The word convolution's shape and weight in the logits; null for a purely linear model.</summary>
    public ConvolutionSettings? Convolution { get; init; }

    public TrainingSummary Training { get; init; } = new();
}
