using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SentimentDashboard.Classification.Features;

namespace SentimentDashboard.Classification.Models;

/// <summary>
/// Multinomial logistic regression over hashed TF-IDF features and word vectors, optionally plus the logits of a
/// <see cref="WordConvolution"/>. Weights are laid out one row per bucket, [idf, w_class0, w_class1, ...], so scoring a
/// feature touches one cache line. Immutable and thread-safe.
/// </summary>
public sealed class LinearModel
{
    private readonly float[] _rows;
    private readonly float[] _dense;
    private readonly float[] _bias;
    private readonly Lazy<TokenVocabulary> _vocabulary;

    public LinearModel(ModelMetadata metadata, float[] rows, float[] dense, float[] bias, WordVectors? vectors, SentimentLexicon? lexicon, ProfanityList? profanity, WordConvolution? convolution = null)
    {
        var classes = metadata.Labels.Count;
        if (classes < 2)
        {
            throw new InvalidDataException("a model needs at least two labels");
        }

        if (rows.Length != metadata.Featurizer.BucketCount * (classes + 1) || bias.Length != classes
            || dense.Length != HashedFeaturizer.DenseDimensions(vectors, lexicon, metadata.Featurizer) * classes)
        {
            throw new InvalidDataException($"model '{metadata.Task}': weight sizes do not match its labels and featurizer settings");
        }

        if ((metadata.Convolution is null) != (convolution is null) || (convolution is not null
            && (convolution.ClassCount != classes || convolution.Vectors != vectors || convolution.Settings != metadata.Convolution)))
        {
            throw new InvalidDataException($"model '{metadata.Task}': its word convolution does not match its metadata, labels and word vectors");
        }

        Metadata = metadata;
        Convolution = convolution;
        Vectors = vectors;
        Lexicon = lexicon;
        Profanity = profanity;
        _rows = rows;
        _dense = dense;
        _bias = bias;
        ClassCount = classes;
        _vocabulary = new(() => TokenVocabulary.Build(vectors, lexicon, profanity));
    }

    public ModelMetadata Metadata { get; }

    public WordVectors? Vectors { get; }

    public SentimentLexicon? Lexicon { get; }

    public ProfanityList? Profanity { get; }

    public WordConvolution? Convolution { get; }

    public int ClassCount { get; }

    public IReadOnlyList<string> Labels => Metadata.Labels;

    internal ReadOnlySpan<float> Rows => _rows;

    internal ReadOnlySpan<float> DenseWeights => _dense;

    internal ReadOnlySpan<float> Bias => _bias;

    /// <summary>A copy with other metadata or biases; the weights are shared, which immutability makes safe.</summary>
    internal LinearModel With(ModelMetadata? metadata = null, float[]? bias = null) =>
        new(metadata ?? Metadata, _rows, _dense, bias ?? _bias, Vectors, Lexicon, Profanity, Convolution);

    /// <summary>A copy whose logits include <paramref name="convolution"/>'s.</summary>
    internal LinearModel WithConvolution(WordConvolution convolution) =>
        new(Metadata with { Convolution = convolution.Settings }, _rows, _dense, _bias, Vectors, Lexicon, Profanity, convolution);

    /// <summary>A featurizer for one thread; all of them share one <see cref="TokenVocabulary"/>, built on first use.</summary>
    public HashedFeaturizer CreateFeaturizer() => CreateFeaturizer(Metadata.Featurizer);

    /// <summary>A featurizer with other settings that share this model's resources (<see cref="ModelSet"/>: the union of its models' dense features).</summary>
    internal HashedFeaturizer CreateFeaturizer(FeaturizerSettings settings) => new(settings, _vocabulary.Value);

    /// <summary>Calibrated class probabilities of a featurized text.</summary>
    public void Predict(FeatureBag bag, Span<float> probabilities)
    {
        Logits(bag, probabilities);
        Softmax(probabilities, 1f / Metadata.Temperature);
    }

    /// <summary>Uncalibrated scores (temperature 1), as seen by training.</summary>
    public void Logits(FeatureBag bag, Span<float> logits)
    {
        var classes = ClassCount;
        _bias.AsSpan().CopyTo(logits);
        var scales = Metadata.Scales;
        Span<float> block = stackalloc float[classes];
        AddBlock(bag.Indices[..bag.WordCount], bag.Values[..bag.WordCount], block, logits, scales.Word);
        AddBlock(bag.Indices[bag.WordCount..], bag.Values[bag.WordCount..], block, logits, scales.Char);
        AddDense(bag, logits);
    }

    /// <summary>Adds the dense part (word vectors with their block scale, then lexicon features, then the word convolution) to the logits.</summary>
    internal void AddDense(FeatureBag bag, Span<float> logits)
    {
        var classes = ClassCount;
        var vectorDimensions = Vectors?.Dimensions ?? 0;
        var vectorScale = Metadata.Scales.Dense;
        ref var weights = ref MemoryMarshal.GetArrayDataReference(_dense);
        // A featurizer shared with other models may write more dense features after this model's own (HateCues).
        var dense = bag.Dense.AsSpan(0, _dense.Length / classes);
        for (var d = 0; d < dense.Length; d++)
        {
            var x = d < vectorDimensions ? dense[d] * vectorScale : dense[d];
            if (x != 0)
            {
                ref var row = ref Unsafe.Add(ref weights, d * classes);
                for (var c = 0; c < classes; c++)
                {
                    logits[c] += x * Unsafe.Add(ref row, c);
                }
            }
        }

        Convolution?.AddLogits(bag.VectorRows, logits);
    }

    private void AddBlock(ReadOnlySpan<int> indices, ReadOnlySpan<float> values, Span<float> block, Span<float> logits, float scale)
    {
        if (indices.IsEmpty)
        {
            return;
        }

        var classes = ClassCount;
        var stride = classes + 1;
        block.Clear();
        var squares = 0f;
        ref var rows = ref MemoryMarshal.GetArrayDataReference(_rows);
        for (var i = 0; i < indices.Length; i++)
        {
            ref var row = ref Unsafe.Add(ref rows, indices[i] * stride);
            var x = values[i] * row;
            squares += x * x;
            for (var c = 0; c < classes; c++)
            {
                block[c] += x * Unsafe.Add(ref row, c + 1);
            }
        }

        var factor = scale / MathF.Sqrt(squares);
        for (var c = 0; c < classes; c++)
        {
            logits[c] += factor * block[c];
        }
    }

    public static void Softmax(Span<float> values, float inverseTemperature)
    {
        var max = float.NegativeInfinity;
        foreach (var v in values)
        {
            max = Math.Max(max, v);
        }

        var sum = 0f;
        for (var c = 0; c < values.Length; c++)
        {
            values[c] = MathF.Exp((values[c] - max) * inverseTemperature);
            sum += values[c];
        }

        for (var c = 0; c < values.Length; c++)
        {
            values[c] /= sum;
        }
    }

    /// <summary>The weight row of a bucket: idf, then one weight per class.</summary>
    internal ReadOnlySpan<float> Row(int bucket) => _rows.AsSpan(bucket * (ClassCount + 1), ClassCount + 1);
}
