using System.Buffers.Binary;

namespace SentimentDashboard.Audio;

/// <summary>Reads the WAV files capture writes (and test audio): RIFF/WAVE, PCM 16-bit, 16 kHz, mono; anything else is refused.</summary>
public static class WavFile
{
    public static float[] Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return Parse(bytes, path);
    }

    /// <summary>The samples of a whole WAV file held in memory; <paramref name="name"/> names it in errors.</summary>
    public static float[] Parse(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.Length < 12 || !bytes[..4].SequenceEqual("RIFF"u8) || !bytes[8..12].SequenceEqual("WAVE"u8))
        {
            throw new InvalidDataException($"'{name}' is not a WAV file");
        }

        var formatSeen = false;
        var position = 12;
        while (position + 8 <= bytes.Length)
        {
            var id = bytes.Slice(position, 4);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice(position + 4, 4));
            var body = position + 8;
            // ffmpeg writes 0 or 0xFFFFFFFF as the data size while it streams; the data then runs to the end.
            var available = bytes.Length - body;
            var length = size == 0 || size > available ? available : (int)size;
            if (id.SequenceEqual("fmt "u8))
            {
                CheckFormat(bytes.Slice(body, length), name);
                formatSeen = true;
            }
            else if (id.SequenceEqual("data"u8))
            {
                return formatSeen
                    ? Pcm.FromInt16(bytes.Slice(body, length & ~1))
                    : throw new InvalidDataException($"'{name}': data chunk before the format chunk");
            }

            position = body + length + (length & 1);
        }

        throw new InvalidDataException($"'{name}' has no audio data");
    }

    private static void CheckFormat(ReadOnlySpan<byte> format, string name)
    {
        if (format.Length < 16)
        {
            throw new InvalidDataException($"'{name}': truncated format chunk");
        }

        var encoding = BinaryPrimitives.ReadUInt16LittleEndian(format);
        var channels = BinaryPrimitives.ReadUInt16LittleEndian(format[2..]);
        var rate = BinaryPrimitives.ReadUInt32LittleEndian(format[4..]);
        var bits = BinaryPrimitives.ReadUInt16LittleEndian(format[14..]);
        if (encoding is not (1 or 0xFFFE) || channels != 1 || rate != Pcm.SampleRate || bits != 16)
        {
            throw new InvalidDataException(
                $"'{name}' is {channels}-channel {bits}-bit {rate} Hz (format {encoding}); expected 16-bit PCM, mono, {Pcm.SampleRate} Hz");
        }
    }
}
