using SentimentDashboard.Tests.Infrastructure;
using SentimentDashboard.Transcription;
using static SentimentDashboard.Tests.Transcription.Whisper.WhisperTestFiles;

namespace SentimentDashboard.Tests.Transcription.Whisper;

public sealed class WhisperModelLoadingTests
{
    // A model starts with 32-bit fields: magic, ten hyperparameters, the weight type (ftype), the mel filter bank's size.
    private const int WeightTypeField = 11;

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
        var bytes = new byte[100_000];
        new Random(7).NextBytes(bytes);

        Assert.Contains("is not a whisper model", LoadError(bytes).Message);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(40)]
    [InlineData(300_000)]
    public void Truncated_Model_Says_It_Is_Truncated(int length) =>
        Assert.Contains("truncated", LoadError(File.ReadAllBytes(EnglishModel)[..length]).Message);

    [Fact]
    public void Model_With_A_Tensor_Header_But_No_Data_Says_It_Is_Truncated()
    {
        // Two dimensions, a 4-byte name, f16: 288 KB of data that is not there.
        var error = LoadError(WithTensor([2, 4, 1, 384, 384], "name"u8.ToArray()));

        Assert.Contains("truncated", error.Message);
    }

    // Each of these passed the old check and aborted whisper.cpp 1.8.5 (a failed GGML_ASSERT or an allocation of tens
    // of gigabytes) when the model was loaded or first run.
    [Theory]
    [InlineData(1, 1)] // vocabulary
    [InlineData(2, 100_000)] // audio frames
    [InlineData(4, 1000)] // audio heads
    [InlineData(5, 1000)] // audio layers
    [InlineData(6, 100_000)] // text positions
    [InlineData(8, 1000)] // text heads
    [InlineData(9, 100_000)] // text layers
    [InlineData(10, 3)] // mel bands
    [InlineData(12, 128)] // mel filter bank rows
    public void Model_Shaped_Unlike_Whisper_Is_Refused_Where_whisper_cpp_Would_Abort_The_Process(int field, int value) =>
        Assert.Contains("is not a whisper model", LoadError(WithField(field, value)).Message);

    [Theory]
    [InlineData(4)]
    [InlineData(6)]
    [InlineData(-1)]
    [InlineData(30)]
    public void Unknown_Weight_Type_Is_Refused_Where_whisper_cpp_Would_Abort_The_Process(int weightType) =>
        Assert.Contains($"unsupported weight type {weightType}", LoadError(WithField(WeightTypeField, weightType)).Message);

    [Fact]
    public void Model_whisper_cpp_Refuses_Fails_With_The_Reason_whisper_cpp_Gives()
    {
        // One dimension, a 5-byte name, f32, 4 values: complete, but not a tensor whisper.cpp knows.
        var error = LoadError(WithTensor([1, 5, 0, 4], [.. "bogus"u8, .. new byte[16]]));

        Assert.Contains("could not load the model", error.Message);
        Assert.Contains("bogus", error.Message);
    }

    private static TranscriptionException LoadError(byte[] model)
    {
        using var directory = new TempDirectory();
        var path = directory.WriteBytes("ggml-tiny.en.bin", model);
        return Assert.Throws<TranscriptionException>(() => Transcriber(path));
    }

    private static byte[] WithField(int field, int value)
    {
        var bytes = File.ReadAllBytes(EnglishModel);
        BitConverter.GetBytes(value).CopyTo(bytes, field * sizeof(int));
        return bytes;
    }

    private static byte[] WithTensor(int[] header, byte[] nameAndData) =>
        [.. File.ReadAllBytes(EnglishModel), .. header.SelectMany(BitConverter.GetBytes), .. nameAndData];
}
