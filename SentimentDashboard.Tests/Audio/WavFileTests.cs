using System.Buffers.Binary;
using SentimentDashboard.Audio;
using SentimentDashboard.Tests.Fakes;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Audio;

public sealed class WavFileTests : IDisposable
{
    private const int JfkSamples = 176_000;

    private readonly TempDirectory _temp = new();

    [Fact]
    public void Read_Jfk_Gives_Eleven_Seconds_Of_Samples()
    {
        var samples = WavFile.Read(TestAudio.Jfk);

        Assert.Equal(JfkSamples, samples.Length);
        Assert.All(samples, sample => Assert.InRange(sample, -1f, 1f));
    }

    [Fact]
    public void Read_Refuses_A_File_That_Is_Not_A_Wav()
    {
        var path = _temp.Write("notes.wav", "these are not the bytes of a RIFF/WAVE file");

        var error = Assert.Throws<InvalidDataException>(() => WavFile.Read(path));

        Assert.Equal($"'{path}' is not a WAV file", error.Message);
    }

    [Theory]
    [InlineData("stereo.wav", "2-channel 16-bit 16000 Hz", new[] { "-ac", "2", "-ar", "16000" })]
    [InlineData("cd-rate.wav", "1-channel 16-bit 44100 Hz", new[] { "-ac", "1", "-ar", "44100" })]
    [InlineData("8-bit.wav", "1-channel 8-bit 16000 Hz", new[] { "-ac", "1", "-ar", "16000", "-c:a", "pcm_u8" })]
    public async Task Read_Refuses_A_Wav_That_Is_Not_16_kHz_Mono_16_Bit(string name, string found, string[] format)
    {
        var path = Path.Combine(_temp.Path, name);
        await TestMedia.FfmpegAsync(["-f", "lavfi", "-i", "sine=frequency=440:duration=0.5", .. format, path]);

        var error = Assert.Throws<InvalidDataException>(() => WavFile.Read(path));

        Assert.Contains($"'{path}' is {found}", error.Message, StringComparison.Ordinal);
        Assert.Contains("expected 16-bit PCM, mono, 16000 Hz", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(uint.MaxValue)]
    public void Read_Takes_The_Data_To_The_End_Of_The_File_When_The_Size_Was_Not_Written(uint size)
    {
        var bytes = File.ReadAllBytes(TestAudio.Jfk);
        var data = bytes.AsSpan().IndexOf("data"u8);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(data + 4), size);
        var path = _temp.WriteBytes("streamed.wav", bytes);

        Assert.Equal(WavFile.Read(TestAudio.Jfk), WavFile.Read(path));
    }

    public void Dispose() => _temp.Dispose();
}
