using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using SentimentDashboard.Classification.Models;

namespace SentimentDashboard.Classification;

/// <summary>
/// The weight rows of several models sharing a featurizer, interleaved: row b holds every model's idf-weighted class
/// weights (idf * w), then every model's squared idf, padded to whole SIMD vectors and, where it fits, to one cache
/// line. Scoring a feature is then a few vector multiply-adds on one line for all models together.
/// </summary>
internal sealed class FusedWeights
{
    private const int PrefetchDistance = 24;

    private readonly float[] _table;
    private readonly int _start;

    public FusedWeights(IReadOnlyList<LinearModel> models)
    {
        Models = models;
        ClassOffsets = new int[models.Count];
        for (var m = 1; m < models.Count; m++)
        {
            ClassOffsets[m] = ClassOffsets[m - 1] + models[m - 1].ClassCount;
        }

        IdfOffset = models.Sum(m => m.ClassCount);
        var lanes = Vector<float>.Count;
        Stride = (IdfOffset + models.Count + lanes - 1) / lanes * lanes;
        var buckets = models[0].Metadata.Featurizer.BucketCount;

        // Pinned so the table can start on a 64-byte boundary and each row of 16 floats sits in one cache line.
        _table = GC.AllocateArray<float>((buckets * Stride) + 16, pinned: true);
        _start = AlignedStart(_table);
        for (var m = 0; m < models.Count; m++)
        {
            var model = models[m];
            for (var b = 0; b < buckets; b++)
            {
                var source = model.Row(b);
                var row = _table.AsSpan(_start + (b * Stride), Stride);
                var idf = source[0];
                row[IdfOffset + m] = idf * idf;
                for (var c = 0; c < model.ClassCount; c++)
                {
                    row[ClassOffsets[m] + c] = idf * source[c + 1];
                }
            }
        }
    }

    public IReadOnlyList<LinearModel> Models { get; }

    public int[] ClassOffsets { get; }

    /// <summary>Where the squared idf values start in a row (and in the accumulators).</summary>
    public int IdfOffset { get; }

    public int Stride { get; }

    /// <summary>
    /// For one feature block: <paramref name="linear"/> gets sum(v * row) (its class slots are the unnormalised logits) and
    /// <paramref name="squares"/> gets sum(v^2 * row) (its idf slots are each model's squared TF-IDF norm).
    /// </summary>
    public void Accumulate(ReadOnlySpan<int> indices, ReadOnlySpan<float> values, Span<float> linear, Span<float> squares)
    {
        ref var table = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_table), _start);
        var lanes = Vector<float>.Count;

        // Two vectors of a row at a time (a whole row of the shipped set), summed in registers: sums kept in memory
        // made every feature wait for the previous one's store.
        for (var k = 0; k < Stride; k += 2 * lanes)
        {
            var pair = Stride - k >= 2 * lanes;
            Vector<float> sum0 = default, sum1 = default, squares0 = default, squares1 = default;
            for (var i = 0; i < indices.Length; i++)
            {
                if (Sse.IsSupported && i + PrefetchDistance < indices.Length)
                {
                    unsafe
                    {
                        Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref table, (indices[i + PrefetchDistance] * Stride) + k)));
                    }
                }

                ref var row = ref Unsafe.Add(ref table, (indices[i] * Stride) + k);
                var (value, valueSquared) = (new Vector<float>(values[i]), new Vector<float>(values[i] * values[i]));
                var first = Vector.LoadUnsafe(ref row);
                sum0 += value * first;
                squares0 += valueSquared * first;
                if (pair)
                {
                    var second = Vector.LoadUnsafe(ref Unsafe.Add(ref row, lanes));
                    sum1 += value * second;
                    squares1 += valueSquared * second;
                }
            }

            sum0.CopyTo(linear[k..]);
            squares0.CopyTo(squares[k..]);
            if (pair)
            {
                sum1.CopyTo(linear[(k + lanes)..]);
                squares1.CopyTo(squares[(k + lanes)..]);
            }
        }
    }

    private static unsafe int AlignedStart(float[] pinned)
    {
        var address = (long)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(pinned));
        var misalignment = (int)(address % 64);
        return misalignment == 0 ? 0 : (64 - misalignment) / sizeof(float);
    }
}
