using SentimentDashboard.Cli;
using SentimentDashboard.Tests.Fakes;
using SentimentDashboard.Tests.Infrastructure;
using SentimentDashboard.Transcription;
using SentimentDashboard.Transcription.Whisper;

namespace SentimentDashboard.Tests.Transcription.Whisper;

public sealed class WhisperModelDownloaderTests : IAsyncLifetime, IDisposable
{
    private const string File = "ggml-tiny.en.bin";

    private readonly byte[] model = System.IO.File.ReadAllBytes(WhisperTestFiles.EnglishModel);
    private readonly ModelFileServer server = new();
    private readonly TempDirectory directory = new();
    private readonly HttpClient http = new();
    private readonly List<(long Received, long? Total)> reports = [];

    private string Target => Path.Combine(directory.Path, File);

    public Task InitializeAsync()
    {
        server.Add(File, model);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    public void Dispose()
    {
        http.Dispose();
        directory.Dispose();
    }

    [Fact]
    public async Task Download_Fetches_The_Whole_File_And_Reports_Progress()
    {
        var result = await DownloadAsync();

        Assert.Equal(new DownloadedModel(Target, model.Length, Downloaded: true), result);
        Assert.Equal(model, System.IO.File.ReadAllBytes(Target));
        Assert.Equal([new ModelFileRequest("/models/" + File, null)], server.Requests);
        Assert.Equal((model.Length, model.Length), reports[^1]);
        Assert.Equal(["ggml-tiny.en.bin"], Directory.GetFiles(directory.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Dropped_Connection_Is_Resumed_With_A_Range_Request()
    {
        server.CutNextAfter(200_000);

        await DownloadAsync();

        Assert.Equal(model, System.IO.File.ReadAllBytes(Target));
        Assert.Equal([null, "bytes=200000-"], server.Requests.Select(r => r.Range));
    }

    [Fact]
    public async Task Interrupted_Download_Keeps_The_Part_File_And_The_Next_Run_Resumes_It()
    {
        server.CutNextAfter(300_000);

        var error = await Assert.ThrowsAsync<TranscriptionException>(() => DownloadAsync(attempts: 1));

        Assert.Contains("run again to resume", error.Message);
        Assert.False(System.IO.File.Exists(Target));
        Assert.Equal(300_000, new FileInfo(Target + ".part").Length);

        await DownloadAsync(attempts: 1);

        Assert.Equal(model, System.IO.File.ReadAllBytes(Target));
        Assert.False(System.IO.File.Exists(Target + ".part"));
        Assert.Equal([null, "bytes=300000-"], server.Requests.Select(r => r.Range));
    }

    [Fact]
    public async Task Server_Ignoring_Range_Restarts_From_The_Beginning()
    {
        server.IgnoreRange = true;
        server.CutNextAfter(100_000);

        await DownloadAsync();

        Assert.Equal(model, System.IO.File.ReadAllBytes(Target));
        Assert.Equal([null, "bytes=100000-"], server.Requests.Select(r => r.Range));
    }

    [Fact]
    public async Task Part_File_Longer_Than_The_Model_Is_Discarded()
    {
        directory.WriteBytes(File + ".part", new byte[model.Length + 10]);

        await DownloadAsync();

        Assert.Equal(model, System.IO.File.ReadAllBytes(Target));
        Assert.Equal([$"bytes={model.Length + 10}-", null], server.Requests.Select(r => r.Range));
    }

    [Fact]
    public async Task Checksum_Match_Keeps_The_File()
    {
        await DownloadAsync(Sha256(model).ToUpperInvariant());

        Assert.Equal(model, System.IO.File.ReadAllBytes(Target));
    }

    [Fact]
    public async Task Checksum_Mismatch_Deletes_The_Download()
    {
        var wrong = Sha256([1, 2, 3]);

        var error = await Assert.ThrowsAsync<TranscriptionException>(() => DownloadAsync(wrong));

        Assert.Contains($"expected {wrong}", error.Message);
        Assert.Empty(Directory.GetFiles(directory.Path));
    }

    [Fact]
    public async Task Missing_Model_Is_A_Clear_Error()
    {
        var error = await Assert.ThrowsAsync<TranscriptionException>(() => DownloadAsync(name: "huge.en"));

        Assert.Contains("HTTP 404", error.Message);
        Assert.Contains("ggml-huge.en.bin", error.Message);
        Assert.Empty(Directory.GetFiles(directory.Path));
    }

    [Fact]
    public async Task Model_Already_There_Is_Not_Downloaded_Again()
    {
        await DownloadAsync();

        var again = await DownloadAsync(Sha256(model));

        Assert.False(again.Downloaded);
        Assert.Single(server.Requests);
    }

    [Theory]
    [InlineData("../base.en")]
    [InlineData("")]
    public async Task Name_That_Is_Not_A_Model_Name_Is_Refused(string name) =>
        await Assert.ThrowsAsync<ArgumentException>(() => DownloadAsync(name: name));

    private Task<DownloadedModel> DownloadAsync(string? sha256 = null, int attempts = 3, string name = "tiny.en") =>
        new WhisperModelDownloader(http, server.BaseAddress, attempts)
            .DownloadAsync(name, directory.Path, sha256, new InlineProgress<(long, long?)>(reports.Add), CancellationToken.None);

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
}
