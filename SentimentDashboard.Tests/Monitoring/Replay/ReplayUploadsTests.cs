using System.Text;
using Microsoft.Extensions.Options;
using SentimentDashboard.Cli;
using SentimentDashboard.Data;
using SentimentDashboard.Monitoring.Replay;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Monitoring.Replay;

public sealed class ReplayUploadsTests : IDisposable
{
    private const string Posts = """
        {"id":"a","text":"first post"}
        {"id":"b","text":"second post"}
        """;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Folder => Path.Combine(_temp.Path, "uploads");

    private ReplayUploads Create(int maxMegabytes = 512) => new(
        Options.Create(new ReplayOptions { UploadFolder = Folder, MaxUploadMegabytes = maxMegabytes }),
        Options.Create(new DatabaseOptions { Path = Path.Combine(_temp.Path, "db", "app.db") }),
        TimeProvider.System);

    private static MemoryStream Content(string text) => new(Encoding.UTF8.GetBytes(text));

    private string[] FilesKept() => Directory.Exists(Folder) ? Directory.GetFiles(Folder) : [];

    [Fact]
    public async Task SaveAsync_ValidJsonLines_KeepsTheFileUnderItsNameAndHash()
    {
        var upload = await Create().SaveAsync("posts.jsonl", Content(Posts));

        Assert.Null(upload.Error);
        Assert.Equal(Folder, Path.GetDirectoryName(upload.Path));
        Assert.Matches(@"^posts-[0-9a-f]{12}\.jsonl$", Path.GetFileName(upload.Path));
        Assert.Equal(Posts, await File.ReadAllTextAsync(upload.Path!));
        Assert.Equal([upload.Path!], FilesKept());
    }

    [Fact]
    public async Task SaveAsync_SameContentTwice_GivesTheSamePath_SoTheMonitorIsADuplicate()
    {
        var uploads = Create();

        var first = await uploads.SaveAsync("posts.jsonl", Content(Posts));
        var second = await uploads.SaveAsync("posts.jsonl", Content(Posts));
        var other = await uploads.SaveAsync("posts.jsonl", Content(Posts + "\n{\"text\":\"third\"}"));

        Assert.Equal(first.Path, second.Path);
        Assert.NotEqual(first.Path, other.Path);
        Assert.Equal(2, FilesKept().Length);
    }

    [Fact]
    public async Task SaveAsync_CsvWithATextColumn_IsKept()
    {
        var upload = await Create().SaveAsync("export.CSV", Content("id,text\n1,\"hello, world\"\n"));

        Assert.Null(upload.Error);
        Assert.EndsWith(".csv", upload.Path);
    }

    [Theory]
    [InlineData("garbage.jsonl", "this is not json\n{\"text\": broken}\n", "'garbage.jsonl' has no readable post in its first 2 records (record 1: invalid JSON")]
    [InlineData("empty.jsonl", "", "'empty.jsonl' is empty.")]
    [InlineData("notext.jsonl", "{\"id\":1}\n{\"text\":\"\"}\n", "(record 1: no text)")]
    [InlineData("table.csv", "id,body\n1,hello\n", "the CSV header of 'table.csv' has no 'text' column")]
    [InlineData("notes.txt", "{\"text\":\"fine\"}", "'notes.txt' is not a replay file: upload JSON Lines (.jsonl, .ndjson, .json) or CSV (.csv).")]
    public async Task SaveAsync_InvalidUpload_IsRefusedWithTheReason_AndLeavesNothing(string name, string content, string expected)
    {
        var upload = await Create().SaveAsync(name, Content(content));

        Assert.Null(upload.Path);
        Assert.Contains(expected, upload.Error);
        Assert.Empty(FilesKept());
    }

    [Fact]
    public async Task SaveAsync_BinaryFile_IsRefused()
    {
        var bytes = new byte[300_000];
        new Random(3).NextBytes(bytes);

        var upload = await Create().SaveAsync("image.jsonl", new MemoryStream(bytes));

        Assert.Null(upload.Path);
        Assert.Contains("has no readable post", upload.Error);
        Assert.Empty(FilesKept());
    }

    [Fact]
    public async Task SaveAsync_LargerThanTheCap_StopsReading_AndLeavesNothing()
    {
        var line = "{\"text\":\"" + new string('x', 1000) + "\"}\n";
        var content = Content(string.Concat(Enumerable.Repeat(line, 2_100)));

        var upload = await Create(maxMegabytes: 1).SaveAsync("big.jsonl", content);

        Assert.Equal("'big.jsonl' is larger than 1 MB (Replay:MaxUploadMegabytes).", upload.Error);
        Assert.True(content.Position <= (1 << 20) + 81_920, $"read {content.Position} bytes");
        Assert.Empty(FilesKept());
    }

    [Fact]
    public async Task SaveAsync_NameWithAPath_StaysInTheUploadFolder()
    {
        var upload = await Create().SaveAsync("../../etc/pass wd.jsonl", Content(Posts));

        Assert.Equal(Folder, Path.GetDirectoryName(upload.Path));
        Assert.StartsWith("pass_wd-", Path.GetFileName(upload.Path));
    }

    [Fact]
    public async Task SaveAsync_ReportsTheBytesReadSoFar()
    {
        var reported = new List<long>();
        var content = Content(string.Concat(Enumerable.Repeat("{\"text\":\"some words here\"}\n", 20_000)));

        await Create().SaveAsync("posts.jsonl", content, new InlineProgress<long>(reported.Add));

        Assert.True(reported.Count > 1);
        Assert.Equal(content.Length, reported[^1]);
        Assert.Equal(reported.Order(), reported);
    }

    [Fact]
    public void Folder_Default_IsBesideTheDatabase()
    {
        var uploads = new ReplayUploads(
            Options.Create(new ReplayOptions()),
            Options.Create(new DatabaseOptions { Path = Path.Combine(_temp.Path, "db", "app.db") }),
            TimeProvider.System);

        Assert.Equal(Path.Combine(_temp.Path, "db", "replays"), uploads.Folder);
    }
}
