using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace SentimentDashboard.Classification.Features;

/// <summary>
/// Pretrained word vectors, int8-quantised with one scale per word, in frequency order. Words are weighted by the
/// smooth inverse frequency of Arora et al. (2017), estimated from their rank, so "the" counts little and rare words much.
/// </summary>
public sealed class WordVectors
{
    private const float SifA = 1e-3f;

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly sbyte[] _data;
    private readonly float[] _rowWeights;

    public WordVectors(string[] words, sbyte[] data, float[] scales, int dimensions)
    {
        if (data.Length != words.Length * dimensions || scales.Length != words.Length)
        {
            throw new InvalidDataException("word vectors: sizes of words, vectors and scales disagree");
        }

        Words = words;
        Dimensions = dimensions;
        _data = data;
        Scales = scales;
        var index = new Dictionary<string, int>(words.Length, StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++)
        {
            index.TryAdd(words[i], i);
        }

        _lookup = index.GetAlternateLookup<ReadOnlySpan<char>>();
        var zipfNorm = MathF.Log(1.78f * Math.Max(words.Length, 2));
        _rowWeights = new float[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            var probability = 1f / ((i + 1) * zipfNorm);
            _rowWeights[i] = SifA / (SifA + probability) * scales[i];
        }
    }

    public IReadOnlyList<string> Words { get; }

    public int Dimensions { get; }

    public int Count => Words.Count;

    internal float[] Scales { get; }

    internal ReadOnlySpan<sbyte> Data => _data;

    public bool TryFind(ReadOnlySpan<char> word, out int row) => _lookup.TryGetValue(word, out row);

    /// <summary>Asks the CPU to start loading a word's vector and weight, so they are in cache when added up.</summary>
    public void Prefetch(int row) => Int8Scaling.Prefetch(_data, Dimensions, _rowWeights, row);

    /// <summary>Adds the SIF-weighted vector of <paramref name="row"/> to <paramref name="sum"/> and returns the weight used.</summary>
    public float AddTo(Span<float> sum, int row)
    {
        var weight = _rowWeights[row];
        Int8Scaling.Scale(_data.AsSpan(row * Dimensions, Dimensions), weight, sum, accumulate: true);
        return weight;
    }

    /// <summary>The SIF weight times the dot product of a word's vector with <paramref name="direction"/>.</summary>
    public float WeightedDot(int row, ReadOnlySpan<float> direction)
    {
        var vector = _data.AsSpan(row * Dimensions, Dimensions);
        var sum = 0f;
        for (var d = 0; d < vector.Length; d++)
        {
            sum += vector[d] * direction[d];
        }

        return sum * _rowWeights[row];
    }

    /// <summary>Cosine similarity of two words' vectors (one scale per word, so the int8 values suffice).</summary>
    public float Cosine(int rowA, int rowB)
    {
        var a = _data.AsSpan(rowA * Dimensions, Dimensions);
        var b = _data.AsSpan(rowB * Dimensions, Dimensions);
        int dot = 0, normA = 0, normB = 0;
        for (var d = 0; d < a.Length; d++)
        {
            dot += a[d] * b[d];
            normA += a[d] * a[d];
            normB += b[d] * b[d];
        }

        return normA > 0 && normB > 0 ? dot / MathF.Sqrt((float)normA * normB) : 0;
    }

    /// <summary>Writes the unit-length vector of a word (one scale per word, so the int8 values suffice).</summary>
    public void UnitVector(int row, Span<float> target)
    {
        var vector = _data.AsSpan(row * Dimensions, Dimensions);
        var squares = 0;
        foreach (var v in vector)
        {
            squares += v * v;
        }

        var inverse = squares > 0 ? 1 / MathF.Sqrt(squares) : 0;
        for (var d = 0; d < vector.Length; d++)
        {
            target[d] = vector[d] * inverse;
        }
    }

    /// <summary>The dequantised vector of a word, for tests and inspection.</summary>
    public float[] VectorOf(int row)
    {
        var result = new float[Dimensions];
        var vector = _data.AsSpan(row * Dimensions, Dimensions);
        for (var d = 0; d < vector.Length; d++)
        {
            result[d] = vector[d] * Scales[row];
        }

        return result;
    }

    public static WordVectors Quantize(IReadOnlyList<(string Word, float[] Vector)> entries)
    {
        var dimensions = entries.Count == 0 ? 0 : entries[0].Vector.Length;
        var words = new string[entries.Count];
        var scales = new float[entries.Count];
        var data = new sbyte[entries.Count * dimensions];
        for (var i = 0; i < entries.Count; i++)
        {
            var (word, vector) = entries[i];
            if (vector.Length != dimensions)
            {
                throw new InvalidDataException($"word vectors: '{word}' has {vector.Length} dimensions, expected {dimensions}");
            }

            words[i] = word;
            var max = 0f;
            foreach (var v in vector)
            {
                max = Math.Max(max, Math.Abs(v));
            }

            scales[i] = max > 0 ? max / 127f : 1f;
            for (var d = 0; d < dimensions; d++)
            {
                data[(i * dimensions) + d] = (sbyte)Math.Clamp(MathF.Round(vector[d] / scales[i]), -127, 127);
            }
        }

        return new WordVectors(words, data, scales, dimensions);
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Count);
        writer.Write(Dimensions);
        foreach (var word in Words)
        {
            writer.Write(word);
        }

        foreach (var scale in Scales)
        {
            writer.Write(scale);
        }

        writer.Write((byte[])(Array)_data);
    }

    public static WordVectors Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var dimensions = reader.ReadInt32();
        if (count < 0 || dimensions is < 1 or > 4096 || (long)count * dimensions > int.MaxValue)
        {
            throw new InvalidDataException($"word vectors: implausible size {count} x {dimensions}");
        }

        var words = new string[count];
        for (var i = 0; i < count; i++)
        {
            words[i] = reader.ReadString();
        }

        var scales = new float[count];
        for (var i = 0; i < count; i++)
        {
            scales[i] = reader.ReadSingle();
        }

        var bytes = reader.ReadBytes(count * dimensions);
        if (bytes.Length != count * dimensions)
        {
            throw new InvalidDataException("word vectors: file ends inside the vectors");
        }

        return new WordVectors(words, (sbyte[])(Array)bytes, scales, dimensions);
    }

    /// <summary>Keeps the <paramref name="top"/> most frequent entries.</summary>
    public WordVectors Take(int top)
    {
        if (top >= Count)
        {
            return this;
        }

        var dataLength = top * Dimensions;
        return new WordVectors(Words.Take(top).ToArray(), _data[..dataLength], Scales[..top], Dimensions);
    }

    /// <summary>SHA-256 of words, scales and vectors: models with equal hashes can share one featurizer.</summary>
    public string ComputeHash()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var word in Words)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(word + "\n"));
        }

        hash.AppendData(MemoryMarshal.AsBytes(Scales.AsSpan()));
        hash.AppendData((byte[])(Array)_data);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    internal static bool IsWordLike(string word) =>
        word.Any(char.IsLetter) && word.All(c => char.IsLetterOrDigit(c) || c == '\'') && Encoding.UTF8.GetByteCount(word) < 256;
}
