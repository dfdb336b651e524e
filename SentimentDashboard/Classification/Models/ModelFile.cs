using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SentimentDashboard.Classification.Features;

namespace SentimentDashboard.Classification.Models;

/// <summary>
/// Binary model file: magic, format version, JSON metadata, weights (float16 rows, float32 dense and bias), optional
/// int8 word vectors, lexicon, (from version 2) profanity list and (from version 3) word convolution, and a SHA-256 of
/// everything before it, so a truncated or altered file is refused, never half-read. Older versions still load.
/// </summary>
public static class ModelFile
{
    public const int FormatVersion = 3;
    private const int OldestReadableVersion = 1;
    private static readonly byte[] Magic = "SDMODEL\0"u8.ToArray();

    public static void Save(LinearModel model, string path)
    {
        using var body = new MemoryStream();
        using (var writer = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(JsonSerializer.Serialize(model.Metadata, ModelMetadataJson.Default.ModelMetadata));
            var rows = model.Rows;
            var halves = new Half[rows.Length];
            for (var i = 0; i < rows.Length; i++)
            {
                halves[i] = (Half)rows[i];
            }

            writer.Write(MemoryMarshal.AsBytes(halves.AsSpan()));
            writer.Write(model.DenseWeights.Length);
            writer.Write(MemoryMarshal.AsBytes(model.DenseWeights));
            writer.Write(MemoryMarshal.AsBytes(model.Bias));
            writer.Write(model.Vectors is not null);
            model.Vectors?.Write(writer);
            writer.Write(model.Lexicon is not null);
            model.Lexicon?.Write(writer);
            writer.Write(model.Profanity is not null);
            model.Profanity?.Write(writer);
            writer.Write(model.Convolution is not null);
            model.Convolution?.Write(writer);
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var temporary = path + ".tmp";
        using (var file = File.Create(temporary))
        {
            body.Position = 0;
            body.CopyTo(file);
            file.Write(SHA256.HashData(body.GetBuffer().AsSpan(0, (int)body.Length)));
        }

        File.Move(temporary, path, overwrite: true);
    }

    public static LinearModel Load(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"cannot read model file '{path}': {e.Message}", e);
        }

        return Parse(bytes, path);
    }

    public static LinearModel Parse(byte[] bytes, string name)
    {
        if (bytes.Length < Magic.Length + 4 + 32 || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new InvalidDataException($"'{name}' is not a SentimentDashboard model file");
        }

        var version = BitConverter.ToInt32(bytes, Magic.Length);
        if (version is < OldestReadableVersion or > FormatVersion)
        {
            throw new InvalidDataException($"'{name}' has model format version {version}; this build reads versions {OldestReadableVersion} to {FormatVersion}: retrain the model or upgrade");
        }

        var bodyLength = bytes.Length - 32;
        if (!SHA256.HashData(bytes.AsSpan(0, bodyLength)).AsSpan().SequenceEqual(bytes.AsSpan(bodyLength)))
        {
            throw new InvalidDataException($"'{name}' is corrupt (checksum mismatch): the file was truncated or altered");
        }

        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, Magic.Length + 4, bodyLength - Magic.Length - 4), Encoding.UTF8);
            var metadata = ModelMetadataReader.Read(reader.ReadString());
            metadata.Featurizer.Validate();
            var classes = metadata.Labels.Count;
            var rows = ReadHalves(reader, checked(metadata.Featurizer.BucketCount * (classes + 1)));
            var denseLength = reader.ReadInt32();
            if (denseLength < 0 || denseLength > classes * 4096)
            {
                throw new InvalidDataException($"implausible word-vector weight count {denseLength}");
            }

            var dense = ReadFloats(reader, denseLength);
            var bias = ReadFloats(reader, classes);
            var vectors = reader.ReadBoolean() ? WordVectors.Read(reader) : null;
            var lexicon = reader.ReadBoolean() ? SentimentLexicon.Read(reader) : null;
            var profanity = version >= 2 && reader.ReadBoolean() ? ProfanityList.Read(reader) : null;
            var convolution = version >= 3 && reader.ReadBoolean() ? ReadConvolution(reader, metadata, vectors) : null;
            return new LinearModel(metadata, rows, dense, bias, vectors, lexicon, profanity, convolution);
        }
        catch (Exception e) when (e is EndOfStreamException or JsonException or ArgumentException or InvalidDataException or OverflowException)
        {
            throw new InvalidDataException($"'{name}' is not a valid model file: {e.Message}", e);
        }
    }

    private static WordConvolution ReadConvolution(BinaryReader reader, ModelMetadata metadata, WordVectors? vectors) =>
        WordConvolution.Read(
            reader,
            metadata.Convolution ?? throw new InvalidDataException("a word convolution without its settings"),
            vectors ?? throw new InvalidDataException("a word convolution without word vectors"),
            metadata.Labels.Count);

    private static float[] ReadHalves(BinaryReader reader, int count)
    {
        var bytes = reader.ReadBytes(count * 2);
        if (bytes.Length != count * 2)
        {
            throw new EndOfStreamException("file ends inside the weights");
        }

        var halves = MemoryMarshal.Cast<byte, Half>(bytes);
        var result = new float[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = (float)halves[i];
        }

        return result;
    }

    private static float[] ReadFloats(BinaryReader reader, int count)
    {
        var bytes = reader.ReadBytes(count * 4);
        if (bytes.Length != count * 4)
        {
            throw new EndOfStreamException("file ends inside the weights");
        }

        return MemoryMarshal.Cast<byte, float>(bytes).ToArray();
    }
}
