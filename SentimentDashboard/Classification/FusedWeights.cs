using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SentimentDashboard.Classification.Models;

namespace SentimentDashboard.Classification;

/// <summary>
/// The weight rows of several models sharing a featurizer, interleaved: row b holds every model's idf-weighted class
/// weights (idf * w), then every model's squared idf, padded to whole SIMD vectors and, where it fits, to one cache
/// line. Scoring a feature is then a few vector multiply-adds on one line for all models together.
/// </summary>
internal sealed class FusedWeights
{
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
        linear.Clear();
        squares.Clear();
        ref var table = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_table), _start);
        ref var sum = ref MemoryMarshal.GetReference(linear);
        ref var sumSquares = ref MemoryMarshal.GetReference(squares);
        var lanes = Vector<float>.Count;
        for (var i = 0; i < indices.Length; i++)
        {
            ref var row = ref Unsafe.Add(ref table, indices[i] * Stride);
            var v = values[i];
            var value = new Vector<float>(v);
            var valueSquared = new Vector<float>(v * v);
            for (var k = 0; k < Stride; k += lanes)
            {
                var weights = Vector.LoadUnsafe(ref Unsafe.Add(ref row, k));
                (Vector.LoadUnsafe(ref Unsafe.Add(ref sum, k)) + (value * weights)).StoreUnsafe(ref Unsafe.Add(ref sum, k));
                (Vector.LoadUnsafe(ref Unsafe.Add(ref sumSquares, k)) + (valueSquared * weights)).StoreUnsafe(ref Unsafe.Add(ref sumSquares, k));
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
