using System.Runtime.InteropServices;
using SentimentDashboard.Classification.Features;

namespace SentimentDashboard.Classification.Models;

/// <summary>
/// Every word's projection onto every kernel slot of a <see cref="WordConvolution"/>, int8 with one scale per word, in
/// one flat table computed once after training and stored in the model file. Scoring then reads a word's projections
/// (192 bytes at 32 filters) instead of multiplying its vector by the kernels. Immutable; thread-safe.
/// </summary>
internal sealed class ProjectionTable
{
    private readonly sbyte[] _values;
    private readonly float[] _scales;

    private ProjectionTable(int stride, sbyte[] values, float[] scales)
    {
        if (values.Length != scales.Length * stride)
        {
            throw new InvalidDataException("word convolution: the projection table does not match the word vectors");
        }

        Stride = stride;
        _values = values;
        _scales = scales;
    }

    /// <summary>Values per word: kernel slots times filters.</summary>
    public int Stride { get; }

    public static ProjectionTable Build(ConvolutionSettings settings, WordVectors vectors, float[] kernels)
    {
        var stride = settings.SlotCount * settings.Filters;
        var values = new sbyte[vectors.Count * stride];
        var scales = new float[vectors.Count];
        Parallel.For(
            0,
            vectors.Count,
            () => (Unit: new float[vectors.Dimensions], Projection: new float[stride]),
            (row, _, scratch) =>
            {
                vectors.UnitVector(row, scratch.Unit);
                ConvolutionMath.Project(scratch.Unit, kernels, settings.SlotCount, settings.Filters, scratch.Projection);
                scales[row] = Quantize(scratch.Projection, values.AsSpan(row * stride, stride));
                return scratch;
            },
            _ => { });
        return new ProjectionTable(stride, values, scales);
    }

    public static ProjectionTable Read(BinaryReader reader, int stride, int words)
    {
        var values = reader.ReadBytes(checked(words * stride));
        var scales = reader.ReadBytes(checked(words * sizeof(float)));
        if (values.Length != words * stride || scales.Length != words * sizeof(float))
        {
            throw new EndOfStreamException("file ends inside the word convolution's projections");
        }

        return new ProjectionTable(stride, MemoryMarshal.Cast<byte, sbyte>(values).ToArray(), MemoryMarshal.Cast<byte, float>(scales).ToArray());
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(MemoryMarshal.AsBytes(_values.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(_scales.AsSpan()));
    }

    /// <summary>Writes the rows' projections, dequantised, one after another into <paramref name="target"/>.</summary>
    public void Dequantize(ReadOnlySpan<int> rows, Span<float> target)
    {
        for (var t = 0; t < rows.Length; t++)
        {
            Int8Scaling.Scale(_values.AsSpan(rows[t] * Stride, Stride), _scales[rows[t]], target.Slice(t * Stride, Stride), accumulate: false);
        }
    }

    /// <summary>Asks the CPU to start loading the rows' projections and scales, so they are in cache when scored.</summary>
    public void Prefetch(ReadOnlySpan<int> rows)
    {
        foreach (var row in rows)
        {
            Int8Scaling.Prefetch(_values, Stride, _scales, row);
        }
    }

    private static float Quantize(ReadOnlySpan<float> projection, Span<sbyte> target)
    {
        var largest = 0f;
        foreach (var value in projection)
        {
            largest = Math.Max(largest, Math.Abs(value));
        }

        var scale = largest > 0 ? largest / 127 : 1;
        for (var i = 0; i < projection.Length; i++)
        {
            target[i] = (sbyte)Math.Round(projection[i] / scale);
        }

        return scale;
    }
}
