namespace SentimentDashboard.Classification.Features;

/// <summary>
/// The features of one text: unique hashed buckets with sub-linear term frequencies (word block first, then character
/// block) and, when the model has word vectors, their weighted mean. Reused across texts to avoid allocation.
/// </summary>
public sealed class FeatureBag
{
    private int[] _indices = new int[512];
    private float[] _values = new float[512];
    private int[] _vectorRows = new int[64];

    public FeatureBag(int denseDimensions = 0)
    {
        Dense = new float[denseDimensions];
    }

    public int Count { get; private set; }

    /// <summary>Entries [0, WordCount) belong to the word block, [WordCount, Count) to the character block.</summary>
    public int WordCount { get; private set; }

    public ReadOnlySpan<int> Indices => _indices.AsSpan(0, Count);

    public ReadOnlySpan<float> Values => _values.AsSpan(0, Count);

    /// <summary>
    /// Dense features: the unit-length weighted mean of the text's word vectors (all zero when no word is known), then
    /// the lexicon features.
    /// </summary>
    public float[] Dense { get; }

    /// <summary>The word-vector rows of the text's known words, in text order (for the word convolution).</summary>
    public ReadOnlySpan<int> VectorRows => _vectorRows.AsSpan(0, VectorRowCount);

    public int VectorRowCount { get; private set; }

    internal Span<float> MutableValues => _values.AsSpan(0, Count);

    internal void Clear()
    {
        Count = 0;
        WordCount = 0;
        VectorRowCount = 0;
    }

    internal int Append(int index)
    {
        if (Count == _indices.Length)
        {
            Array.Resize(ref _indices, Count * 2);
            Array.Resize(ref _values, Count * 2);
        }

        _indices[Count] = index;
        _values[Count] = 1;
        return Count++;
    }

    internal void AppendVectorRow(int row)
    {
        if (VectorRowCount == _vectorRows.Length)
        {
            Array.Resize(ref _vectorRows, VectorRowCount * 2);
        }

        _vectorRows[VectorRowCount++] = row;
    }

    internal void Increment(int position) => _values[position] += 1;

    internal void EndWordBlock() => WordCount = Count;
}
