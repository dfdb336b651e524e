namespace SentimentDashboard.Audio;

/// <summary>The one audio format every stage after capture works in: 16 kHz, mono, 16-bit little-endian samples.</summary>
public static class Pcm
{
    public const int SampleRate = 16_000;

    /// <summary>Root mean square of the samples (0 for none): the loudness the silence gate compares.</summary>
    public static double Rms(ReadOnlySpan<float> samples)
    {
        if (samples.IsEmpty)
        {
            return 0;
        }

        double sum = 0;
        foreach (var sample in samples)
        {
            sum += sample * sample;
        }

        return Math.Sqrt(sum / samples.Length);
    }

    /// <summary>Converts 16-bit little-endian PCM bytes to samples in [-1, 1).</summary>
    public static float[] FromInt16(ReadOnlySpan<byte> bytes)
    {
        var samples = new float[bytes.Length / 2];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = (short)(bytes[2 * i] | (bytes[(2 * i) + 1] << 8)) / 32768f;
        }

        return samples;
    }

    /// <summary>Converts samples in [-1, 1] to 16-bit integers, clipping anything outside.</summary>
    public static short[] ToInt16(ReadOnlySpan<float> samples)
    {
        var result = new short[samples.Length];
        for (var i = 0; i < samples.Length; i++)
        {
            result[i] = (short)Math.Clamp(MathF.Round(samples[i] * 32768f), short.MinValue, short.MaxValue);
        }

        return result;
    }
}
