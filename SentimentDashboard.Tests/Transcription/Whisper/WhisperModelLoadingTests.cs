using SentimentDashboard.Tests.Infrastructure;
using SentimentDashboard.Transcription;
using static SentimentDashboard.Tests.Transcription.Whisper.WhisperTestFiles;

namespace SentimentDashboard.Tests.Transcription.Whisper;

public sealed class WhisperModelLoadingTests
{
    // Magic and ten hyperparameters come before the model-wide weight type (ftype).
    private const int WeightTypeOffset = 44;

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

    [Theory]
    [InlineData(4)]
    [InlineData(6)]
    [InlineData(-1)]
    [InlineData(30)]
    public void Unknown_Weight_Type_Is_Refused_Where_whisper_cpp_Would_Abort_The_Process(int weightType)
    {
        using var directory = new TempDirectory();
        var bytes = File.ReadAllBytes(EnglishModel);
        BitConverter.GetBytes(weightType).CopyTo(bytes, WeightTypeOffset);
        var path = directory.WriteBytes("ggml-tiny.en.bin", bytes);

        var error = Assert.Throws<TranscriptionException>(() => Transcriber(path));

        Assert.Contains($"unsupported weight type {weightType}", error.Message);
    }

    [Fact]
    public void Model_whisper_cpp_Refuses_Fails_With_The_Reason_whisper_cpp_Gives()
    {
        using var directory = new TempDirectory();
        int[] header = [1, 5, 0, 4]; // one dimension, a 5-byte name, f32, 4 values: complete, but no tensor whisper.cpp knows
        var bytes = File.ReadAllBytes(EnglishModel).Concat(header.SelectMany(BitConverter.GetBytes)).Concat("bogus"u8.ToArray()).Concat(new byte[16]).ToArray();
        var path = directory.WriteBytes("ggml-tiny.en.bin", bytes);

        var error = Assert.Throws<TranscriptionException>(() => Transcriber(path));

        Assert.Contains("could not load the model", error.Message);
        Assert.Contains("bogus", error.Message);
    }
}
