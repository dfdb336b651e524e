using SentimentDashboard.Classification.Features;
using SentimentDashboard.Classification.Models;

namespace SentimentDashboard.Classification.Training;

public sealed record TrainingOptions
{
    public required ClassificationTask Task { get; init; }

    public FeaturizerSettings Featurizer { get; init; } = new();

    public BlockScales Scales { get; init; } = new();

    /// <summary>L2 penalty on the mean loss; larger is simpler.</summary>
    public double L2 { get; init; } = 1e-5;

    /// <summary>Buckets seen in fewer training texts get no weight.</summary>
    public int MinDocumentFrequency { get; init; } = 2;

    public ClassWeighting ClassWeights { get; init; } = ClassWeighting.Balanced;

    public int MaxIterations { get; init; } = 150;

    public double Tolerance { get; init; } = 1e-5;

    public int Seed { get; init; } = 42;

    /// <summary>Share of the training rows held out (stratified) when no validation set is given.</summary>
    public double ValidationFraction { get; init; } = 0.1;

    /// <summary>After validating, train once more on training and validation rows together; the report stays the held-out one.</summary>
    public bool Refit { get; init; } = true;

    /// <summary>When above 1: tune per-class <see cref="DecisionOffsets"/> on out-of-fold logits from this many folds of the training rows.</summary>
    public int OffsetFolds { get; init; }

    /// <summary>
    /// Two-class tasks: the calibrated probability of the second class from which it is decided (folded into the bias
    /// after validation); null decides by argmax (0.5). Chosen on a validation set, e.g. the hate model's topic-neutral one.
    /// </summary>
    public double? Threshold { get; init; }

    public WordVectors? Vectors { get; init; }

    /// <summary>When set, a <see cref="WordConvolution"/> over the word vectors is trained too and its logits added.</summary>
    public ConvolutionSettings? Convolution { get; init; }

    public string? VectorsSource { get; init; }

    public SentimentLexicon? Lexicon { get; init; }

    public string? LexiconSource { get; init; }

    public ProfanityList? Profanity { get; init; }

    /// <summary>File names the <see cref="Profanity"/> list was read from, for the model's self-description.</summary>
    public IReadOnlyList<string> ProfanitySources { get; init; } = [];
}
