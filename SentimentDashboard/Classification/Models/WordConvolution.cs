using System.Numerics;
using System.Runtime.InteropServices;
using SentimentDashboard.Classification.Features;

namespace SentimentDashboard.Classification.Models;

/// <summary>
/// A one-layer convolution over a text's unit-length word vectors: filters spanning 1 to MaxWidth words, ReLU, max over
/// positions, then a linear layer to class logits. It sees word order and which words occur together, which the mean
/// vector of the linear model cannot. Every word's projection onto every kernel is computed once (see
/// <see cref="ProjectionTable"/>), so scoring a text is a few vector additions per word. Immutable; thread-safe.
/// </summary>
public sealed class WordConvolution
{
    private readonly float[] _kernels;
    private readonly float[] _bias;
    private readonly float[] _output;
    private readonly float[] _outputBias;
    private readonly ProjectionTable _projections;

    /// <summary>
    /// Known words read per text: a post of megabytes would otherwise need a scratch buffer of gigabytes. Tweets and
    /// posts stay far below it; the linear part still reads the whole text.
    /// </summary>
    public const int MaxWords = 1024;

    [ThreadStatic]
    private static float[]? t_dequantized;

    /// <summary>Builds the projection table from the kernels unless <paramref name="projections"/> (as read from a file) is given.</summary>
    internal WordConvolution(ConvolutionSettings settings, WordVectors vectors, int classes, float[] kernels, float[] bias, float[] output, float[] outputBias, ProjectionTable? projections = null)
    {
        settings.Validate();
        if (kernels.Length != settings.SlotCount * vectors.Dimensions * settings.Filters || bias.Length != settings.PooledCount
            || output.Length != settings.PooledCount * classes || outputBias.Length != classes)
        {
            throw new InvalidDataException("word convolution: weight sizes do not match its settings, vectors and labels");
        }

        Settings = settings;
        Vectors = vectors;
        ClassCount = classes;
        _kernels = kernels;
        _bias = bias;
        _output = output;
        _outputBias = outputBias;
        _projections = projections ?? ProjectionTable.Build(settings, vectors, kernels);
        if (_projections.Stride != settings.SlotCount * settings.Filters)
        {
            throw new InvalidDataException("word convolution: the projection table does not match its settings");
        }
    }

    public ConvolutionSettings Settings { get; }

    public WordVectors Vectors { get; }

    public int ClassCount { get; }

    internal ReadOnlySpan<float> Kernels => _kernels;

    internal ReadOnlySpan<float> Bias => _bias;

    internal ReadOnlySpan<float> Output => _output;

    internal ReadOnlySpan<float> OutputBias => _outputBias;

    /// <summary>Starts loading the rows' projections into cache: call it well before <see cref="AddLogits"/>.</summary>
    public void Prefetch(ReadOnlySpan<int> rows) => _projections.Prefetch(rows[..Math.Min(rows.Length, MaxWords)]);

    /// <summary>Adds <see cref="ConvolutionSettings.Weight"/> times this layer's logits for the given word rows.</summary>
    public void AddLogits(ReadOnlySpan<int> rows, Span<float> logits)
    {
        Span<float> pooled = stackalloc float[Settings.PooledCount];
        Pool(rows, pooled);
        AddOutput(pooled, _output, _outputBias, Settings.Weight, logits);
    }

    /// <summary>
    /// The pooled features (after ReLU) of a text's word rows (the first <see cref="MaxWords"/>):
    /// <see cref="ConvolutionMath.PoolProjections"/> without the argmax, a whole SIMD vector of filters at a time.
    /// </summary>
    public void Pool(ReadOnlySpan<int> rows, Span<float> pooled)
    {
        rows = rows[..Math.Min(rows.Length, MaxWords)];
        var (filters, lanes, stride) = (Settings.Filters, Vector<float>.Count, Settings.SlotCount * Settings.Filters);
        var projections = Dequantized(rows);
        if (!Vector.IsHardwareAccelerated || filters % lanes != 0)
        {
            ConvolutionMath.PoolProjections(Settings, projections, rows.Length, _bias, pooled, []);
            return;
        }

        ref var projection = ref MemoryMarshal.GetReference(projections);
        var zero = Vector<float>.Zero;
        for (var width = 1; width <= Settings.MaxWidth; width++)
        {
            var firstSlot = ConvolutionSettings.FirstSlot(width);
            for (var i = 0; i < filters; i += lanes)
            {
                var bias = new Vector<float>(_bias, ((width - 1) * filters) + i);
                var best = bias;
                for (var t = 0; t < rows.Length; t++)
                {
                    var window = bias;
                    for (var j = 0; j < width && t + j < rows.Length; j++)
                    {
                        window += Vector.LoadUnsafe(ref projection, (nuint)(((t + j) * stride) + ((firstSlot + j) * filters) + i));
                    }

                    best = Vector.Max(best, window);
                }

                Vector.Max(best, zero).CopyTo(pooled[(((width - 1) * filters) + i)..]);
            }
        }
    }

    /// <summary>
    /// Splits this layer's weighted contribution over the text's word positions: each pooled feature's
    /// <paramref name="margins"/> entry (its output weight towards the explained class), times the layer weight, goes
    /// to the words of its winning window, each by its own term of the window's sum; the filter bias stays unassigned.
    /// </summary>
    public void Attribute(ReadOnlySpan<int> rows, ReadOnlySpan<float> margins, Span<float> perPosition)
    {
        rows = rows[..Math.Min(rows.Length, MaxWords)];
        var (filters, stride) = (Settings.Filters, Settings.SlotCount * Settings.Filters);
        var projections = Dequantized(rows);
        var pooled = new float[Settings.PooledCount];
        var argMax = new int[Settings.PooledCount];
        ConvolutionMath.PoolProjections(Settings, projections, rows.Length, _bias, pooled, argMax);
        for (var k = 0; k < pooled.Length; k++)
        {
            if (pooled[k] <= 0 || argMax[k] < 0)
            {
                continue;
            }

            var (width, filter, start) = ((k / filters) + 1, k % filters, argMax[k]);
            var firstSlot = ConvolutionSettings.FirstSlot(width);
            for (var j = 0; j < width && start + j < rows.Length; j++)
            {
                perPosition[start + j] += Settings.Weight * margins[k] * projections[((start + j) * stride) + ((firstSlot + j) * filters) + filter];
            }
        }
    }

    internal static void AddOutput(ReadOnlySpan<float> pooled, ReadOnlySpan<float> output, ReadOnlySpan<float> outputBias, float weight, Span<float> logits)
    {
        var classes = outputBias.Length;
        for (var c = 0; c < classes; c++)
        {
            logits[c] += weight * outputBias[c];
        }

        // No test for the zeros ReLU leaves: which features are zero is a coin toss, and mispredicted branches cost more
        // than the multiplications they skip.
        for (var k = 0; k < pooled.Length; k++)
        {
            var x = weight * pooled[k];
            for (var c = 0; c < classes; c++)
            {
                logits[c] += x * output[(k * classes) + c];
            }
        }
    }

    public void Write(BinaryWriter writer)
    {
        foreach (var array in new[] { _kernels, _bias, _output, _outputBias })
        {
            writer.Write(array.Length);
            foreach (var value in array)
            {
                writer.Write(value);
            }
        }

        _projections.Write(writer);
    }

    public static WordConvolution Read(BinaryReader reader, ConvolutionSettings settings, WordVectors vectors, int classes)
    {
        var arrays = new float[4][];
        for (var a = 0; a < arrays.Length; a++)
        {
            var length = reader.ReadInt32();
            if (length is < 0 or > 4_000_000)
            {
                throw new InvalidDataException($"implausible word-convolution weight count {length}");
            }

            arrays[a] = new float[length];
            for (var i = 0; i < length; i++)
            {
                arrays[a][i] = reader.ReadSingle();
            }
        }

        settings.Validate();
        var projections = ProjectionTable.Read(reader, settings.SlotCount * settings.Filters, vectors.Count);
        return new WordConvolution(settings, vectors, classes, arrays[0], arrays[1], arrays[2], arrays[3], projections);
    }

    /// <summary>The rows' projections, dequantised one after another into this thread's scratch buffer.</summary>
    private Span<float> Dequantized(ReadOnlySpan<int> rows)
    {
        var length = rows.Length * _projections.Stride;
        var buffer = t_dequantized is { } cached && cached.Length >= length ? cached : t_dequantized = new float[Math.Max(4096, length * 2)];
        _projections.Dequantize(rows, buffer);
        return buffer.AsSpan(0, length);
    }
}
