using SentimentDashboard.Tests.Infrastructure;
using SentimentDashboard.Transcription;
using static SentimentDashboard.Tests.Transcription.Whisper.WhisperTestFiles;

namespace SentimentDashboard.Tests.Transcription.Whisper;

public sealed class WhisperModelLoadingTests
{
    [Fact]
    public void Missing_Model_File_Says_It_Does_Not_Exist()
    {
        using var directory = new TempDirectory();
        var path = Path.Combine(directory.Path, "ggml-base.en.bin");

        var error = Assert.Throws<TranscriptionException>(() => Transcriber(path));

        Assert.Contains("does not exist", error.Message);
        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void Random_Bytes_Are_Not_A_Whisper_Model()
    {
        using var directory = new TempDirectory();
        var bytes = new byte[100_000];
        new Random(7).NextBytes(bytes);
        var path = directory.WriteBytes("ggml-random.bin", bytes);

        var error = Assert.Throws<TranscriptionException>(() => Transcriber(path));

        Assert.Contains("is not a whisper model", error.Message);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(40)]
    [InlineData(300_000)]
    public void Truncated_Model_Says_It_Is_Truncated(int length)
    {
        using var directory = new TempDirectory();
        var path = directory.WriteBytes("ggml-tiny.en.bin", File.ReadAllBytes(EnglishModel)[..length]);

        var error = Assert.Throws<TranscriptionException>(() => Transcriber(path));

        Assert.Contains("truncated", error.Message);
    }

    [Fact]
    public void Model_With_A_Tensor_Header_But_No_Data_Says_It_Is_Truncated()
    {
        using var directory = new TempDirectory();
        int[] header = [2, 4, 1, 384, 384]; // two dimensions, a 4-byte name, f16: 288 KB of data that is not there
        var bytes = File.ReadAllBytes(EnglishModel).Concat(header.SelectMany(BitConverter.GetBytes)).Concat("name"u8.ToArray()).ToArray();
        var path = directory.WriteBytes("ggml-tiny.en.bin", bytes);

        var error = Assert.Throws<TranscriptionException>(() => Transcriber(path));

        Assert.Contains("truncated", error.Message);
    }
}
