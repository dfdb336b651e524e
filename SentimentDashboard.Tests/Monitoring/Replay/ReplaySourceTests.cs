using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Monitoring.Replay;
using SentimentDashboard.Pipeline;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Monitoring.Replay;

public sealed class ReplaySourceTests : IDisposable
{
    private const long MonitorId = 7;

    private readonly TempDirectory _temp = new();
    private readonly LogCollector _logs = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task RunAsync_Skips_Malformed_Lines_And_Empty_Texts_When_Replaying_Json_Lines()
    {
        var file = _temp.Write("posts.jsonl", """
            {"id":"a","created_at":"2026-11-22T10:00:00Z","author":"ann","text":"first","lang":"en","url":"https://example.org/a","tags":["#News","fun"]}
            {"text": "missing quote}
            [1, 2, 3]
            {"text":""}
            {"id":"no-text"}

            {"id":42,"text":"number id"}
            {"text":"trailing"} {"x":1}
            {"text":"defaults"}
            """);

        var (posts, status) = await ReplayAsync(file);

        Assert.Equal(["a", "42", "9"], posts.Select(p => p.SourceId));
        Assert.Equal(["1", "7", "9"], posts.Select(p => p.Cursor));
        var first = posts[0];
        Assert.Equal((MonitorId, "first", "ann", "en", "https://example.org/a"), (first.MonitorId, first.Text, first.Author, first.Language, first.Url));
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero), first.CreatedAt);
        Assert.Equal(["news", "fun"], first.Tags);
        Assert.Equal(MonitorState.Finished, status.State);
        Assert.Equal("3 posts replayed, 5 malformed records skipped", status.Message);
        Assert.Equal(5, _logs.Entries.Count(e => e.Level == LogLevel.Warning));
        _logs.AssertNoErrors();
    }

    [Fact]
    public async Task RunAsync_Cuts_Text_When_A_Line_Is_Ten_Megabytes()
    {
        var huge = new string('x', 10 * 1024 * 1024);
        var file = _temp.Write("huge.jsonl", $"{{\"id\":\"big\",\"text\":\"{huge}\"}}\n{{\"id\":\"small\",\"text\":\"after\"}}\n");

        var (posts, _) = await ReplayAsync(file);

        Assert.Equal(["big", "small"], posts.Select(p => p.SourceId));
        Assert.Equal(PostText.MaxLength, posts[0].Text.Length);
        Assert.EndsWith("…", posts[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Skips_Line_When_Longer_Than_Maximum()
    {
        var file = _temp.Write("long.jsonl", $"{{\"text\":\"{new string('y', 5000)}\"}}\n{{\"text\":\"kept\"}}\n");

        var (posts, status) = await ReplayAsync(file, options: new ReplayOptions { MaxLineBytes = 1024 });

        Assert.Equal("kept", Assert.Single(posts).Text);
        Assert.Equal("1 post replayed, 1 malformed record skipped", status.Message);
    }

    [Fact]
    public async Task RunAsync_Starts_After_Cursor_When_Resumed()
    {
        var file = Posts.JsonLines(_temp, "posts.jsonl", 5);

        var (posts, status) = await ReplayAsync(file, cursor: "3");

        Assert.Equal(["p4", "p5"], posts.Select(p => p.SourceId));
        Assert.Equal("2 more posts replayed after record 3, 0 malformed records skipped", status.Message);
    }

    [Fact]
    public async Task RunAsync_Reads_Quoted_Fields_When_File_Is_Csv()
    {
        var file = _temp.Write("posts.csv",
            "ID,Text,created_at,author,lang,url\r\n" +
            "x1,\"Hello, \"\"world\"\"\nsecond line\",2026-01-02T03:04:05Z,bob,en,https://example.org/1\r\n" +
            "\r\n" +
            "x2\r\n" +
            ",plain text,,,,\r\n");

        var (posts, status) = await ReplayAsync(file);

        Assert.Equal(2, posts.Count);
        Assert.Equal(("x1", "Hello, \"world\"\nsecond line", "bob"), (posts[0].SourceId, posts[0].Text, posts[0].Author));
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), posts[0].CreatedAt);
        Assert.Equal(("4", "plain text", null), (posts[1].SourceId, posts[1].Text, posts[1].Author));
        Assert.Equal("2 posts replayed, 1 malformed record skipped", status.Message);
    }

    [Fact]
    public async Task RunAsync_Fails_With_Reason_When_Csv_Has_No_Text_Column()
    {
        var file = _temp.Write("posts.csv", "id,body\n1,hello\n");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ReplayAsync(file));

        Assert.Contains("no 'text' column", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Reads_Utf8_Text_When_Lines_End_With_Crlf()
    {
        var file = _temp.WriteBytes("posts.jsonl", Encoding.UTF8.GetBytes("{\"text\":\"café 😀\"}\r\n{\"text\":\"naïve\"}"));

        var (posts, _) = await ReplayAsync(file);

        Assert.Equal(["café 😀", "naïve"], posts.Select(p => p.Text));
    }

    private async Task<(List<RawPost> Posts, MonitorLiveStatus Status)> ReplayAsync(string file, string? cursor = null, ReplayOptions? options = null)
    {
        var factory = LoggerFactory.Create(logging => logging.AddProvider(_logs));
        var hub = new LiveHub(Options.Create(new PipelineOptions()), factory.CreateLogger<LiveHub>());
        using var board = new MonitorStatusBoard(hub, new MonitorSignals(), TimeProvider.System, factory.CreateLogger<MonitorStatusBoard>());
        var source = new ReplaySource(Options.Create(options ?? new ReplayOptions()), TimeProvider.System, factory.CreateLogger<ReplaySource>());
        var channel = Channel.CreateUnbounded<RawPost>();

        await source.RunAsync(new MonitorDefinition(MonitorId, MonitorKind.Replay, file, cursor), channel.Writer, board, CancellationToken.None);

        channel.Writer.Complete();
        var posts = new List<RawPost>();
        await foreach (var post in channel.Reader.ReadAllAsync())
        {
            posts.Add(post);
        }

        return (posts, board.Get(MonitorId)!);
    }
}
