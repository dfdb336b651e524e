using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace SentimentDashboard.Classification.Features;

/// <summary>Tables of int8 rows with one scale per row: the word vectors and the convolutions' projection tables.</summary>
internal static class Int8Scaling
{
    /// <summary>
    /// target[i] = scale * source[i], or target[i] += it when <paramref name="accumulate"/>; int8 is widened to int16,
    /// int32 and float a whole <see cref="Vector{T}"/> of sbytes at a time.
    /// </summary>
    public static void Scale(ReadOnlySpan<sbyte> source, float scale, Span<float> target, bool accumulate)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var factor = new Vector<float>(scale);
            var lanes = Vector<float>.Count;
            for (; i <= source.Length - Vector<sbyte>.Count; i += Vector<sbyte>.Count)
            {
                Vector.Widen(new Vector<sbyte>(source[i..]), out var low, out var high);
                Vector.Widen(low, out var a, out var b);
                Vector.Widen(high, out var c, out var e);
                Store(target[i..], Vector.ConvertToSingle(a) * factor, accumulate);
                Store(target[(i + lanes)..], Vector.ConvertToSingle(b) * factor, accumulate);
                Store(target[(i + (2 * lanes))..], Vector.ConvertToSingle(c) * factor, accumulate);
                Store(target[(i + (3 * lanes))..], Vector.ConvertToSingle(e) * factor, accumulate);
            }
        }

        // A 16-byte step for what remains: a 48-value projection row would otherwise end with 16 scalar steps.
        if (Vector128.IsHardwareAccelerated)
        {
            var factor = Vector128.Create(scale);
            for (; i <= source.Length - Vector128<sbyte>.Count; i += Vector128<sbyte>.Count)
            {
                var (low, high) = Vector128.Widen(Vector128.Create(source[i..]));
                var (a, b) = Vector128.Widen(low);
                var (c, e) = Vector128.Widen(high);
                Store(target[i..], Vector128.ConvertToSingle(a) * factor, accumulate);
                Store(target[(i + 4)..], Vector128.ConvertToSingle(b) * factor, accumulate);
                Store(target[(i + 8)..], Vector128.ConvertToSingle(c) * factor, accumulate);
                Store(target[(i + 12)..], Vector128.ConvertToSingle(e) * factor, accumulate);
            }
        }

        for (; i < source.Length; i++)
        {
            target[i] = (accumulate ? target[i] : 0) + (scale * source[i]);
        }
    }

    /// <summary>
    /// Asks the CPU to start loading row <paramref name="row"/> of a table of int8 rows with one float per row (the word
    /// vectors, a convolution's projections), so a scattered read later finds it in cache.
    /// </summary>
    public static unsafe void Prefetch(sbyte[] values, int stride, float[] perRow, int row)
    {
        if (Sse.IsSupported)
        {
            fixed (sbyte* start = &values[row * stride])
            fixed (float* scale = &perRow[row])
            {
                Sse.Prefetch0(start);
                Sse.Prefetch0(start + stride - 1);
                Sse.Prefetch0(scale);
            }
        }
    }

    private static void Store(Span<float> target, Vector<float> values, bool accumulate) =>
        (accumulate ? new Vector<float>(target) + values : values).CopyTo(target);

    private static void Store(Span<float> target, Vector128<float> values, bool accumulate) =>
        (accumulate ? Vector128.Create<float>(target) + values : values).CopyTo(target);
}
