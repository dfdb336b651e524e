using SentimentDashboard.Cli;
using SentimentDashboard.Tests.Fakes;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Transcription.Whisper;

public sealed class WhisperModelCommandTests
{
    [Fact]
    public async Task WhisperModel_Downloads_Into_Out_And_Prints_The_Path()
    {
        await using var server = new ModelFileServer();
        using var directory = new TempDirectory();
        var model = File.ReadAllBytes(WhisperTestFiles.MultilingualModel);
        server.Add("ggml-tiny.bin", model);
        server.CutNextAfter(1000);

        var (code, output, error) = await RunAsync("--name", "tiny", "--out", directory.Path, "--base-url", server.BaseAddress.AbsoluteUri);

        var path = Path.Combine(directory.Path, "ggml-tiny.bin");
        Assert.True(code == 0, error);
        Assert.Equal(path, output.Trim());
        Assert.Contains($"downloaded {path}", error);
        Assert.Equal(model, File.ReadAllBytes(path));
    }

    [Fact]
    public async Task WhisperModel_Reports_A_Missing_Model_On_One_Line()
    {
        await using var server = new ModelFileServer();
        using var directory = new TempDirectory();

        var (code, output, error) = await RunAsync("--name", "base.en", "--out", directory.Path, "--base-url", server.BaseAddress.AbsoluteUri);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith("error: cannot download", error);
        Assert.Contains("HTTP 404", error);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Theory]
    [InlineData("--base-url", "ftp://example.org/models")]
    [InlineData("--sha256", "abc")]
    [InlineData("--bogus", "1")]
    public async Task WhisperModel_Rejects_Bad_Arguments(string option, string value)
    {
        var (code, _, error) = await RunAsync("--name", "base.en", option, value);

        Assert.Equal(2, code);
        Assert.StartsWith("error:", error);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandLine.RunAsync(["whisper-model", .. args], new StringReader(""), output, error);
        return (code, output.ToString(), error.ToString());
    }
}
