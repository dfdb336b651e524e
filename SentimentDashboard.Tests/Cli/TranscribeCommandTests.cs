using System.Text.Json;
using SentimentDashboard.Cli;
using SentimentDashboard.Tests.Infrastructure;
using SentimentDashboard.Tests.Transcription.Whisper;

namespace SentimentDashboard.Tests.Cli;

public sealed class TranscribeCommandTests
{
    [Fact]
    public async Task Transcribe_PocketSphinxOnJfk_PrintsTextSpeedAndWordErrorRate()
    {
        var (code, output, error) = await RunAsync("--audio", TestAudio.Jfk, "--reference", TestAudio.JfkReference);

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output.TrimEnd().Split('\n')[^1]);
        var root = json.RootElement;
        Assert.Equal("PocketSphinx en-us", root.GetProperty("engine").GetString());
        Assert.Equal(11.0, root.GetProperty("audio_s").GetDouble(), 3);
        Assert.True(root.GetProperty("rtf").GetDouble() > 0);
        Assert.Contains("country", root.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.InRange(root.GetProperty("wer").GetDouble(), 0, 0.5);
    }

    [Fact]
    public async Task Transcribe_WhisperTestModel_RunsTheEngine()
    {
        var (code, output, error) = await RunAsync("--audio", TestAudio.Jfk, "--engine", "whisper", "--model", WhisperTestFiles.EnglishModel, "--threads", "2");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output.TrimEnd().Split('\n')[^1]);
        Assert.Equal("Whisper.net 1.9.1 (whisper.cpp 1.8.5) with for-tests-ggml-tiny.en.bin", json.RootElement.GetProperty("engine").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("wer").ValueKind);
    }

    [Theory]
    [InlineData("--engine", "vosk", "expected pocketsphinx or whisper")]
    [InlineData("--engine", "whisper", "needs --model")]
    public async Task Transcribe_BadArguments_FailsWithOneLine(string name, string value, string expected)
    {
        var (code, _, error) = await RunAsync("--audio", TestAudio.Jfk, name, value);

        Assert.Equal(2, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Transcribe_MissingWhisperModel_SaysHowToGetOne()
    {
        var (code, _, error) = await RunAsync("--audio", TestAudio.Jfk, "--engine", "whisper", "--model", "/no/such/model.bin");

        Assert.Equal(2, code);
        Assert.Contains("whisper-model", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transcribe_WithoutPocketSphinxModel_SaysWhatToInstallOnOneLine()
    {
        var (code, output, error) = await RunAsync("--audio", TestAudio.Jfk, "--model", "/nonexistent/pocketsphinx");

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Equal(
            "error: PocketSphinx acoustic model folder '/nonexistent/pocketsphinx/en-us' not found " +
            "(apt-get install libpocketsphinx3 pocketsphinx-en-us, or set PocketSphinx:ModelDirectory)",
            error.TrimEnd('\n'));
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandLine.RunAsync(["transcribe", .. args], new StringReader(""), output, error);
        return (code, output.ToString(), error.ToString());
    }
}
