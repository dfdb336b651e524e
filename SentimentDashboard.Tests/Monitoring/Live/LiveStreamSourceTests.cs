using Microsoft.EntityFrameworkCore;
using SentimentDashboard.Data;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Pipeline;
using SentimentDashboard.Tests.Fakes;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Monitoring.Live;

/// <summary>
/// A live monitor end to end on real parts: a local audio server going offline and live, ffmpeg capturing it in
/// segments, PocketSphinx transcribing them, the pipeline classifying and storing them in SQLite.
/// </summary>
public sealed class LiveStreamSourceTests : IAsyncLifetime
{
    private const string StreamPath = "/radio.mp3";

    private static readonly string[] SpeechWords = ["and", "so", "my", "fellow", "americans", "ask", "not", "what", "your", "country", "can", "do", "for", "you"];

    private readonly TempDirectory _temp = new();
    private AudioStreamServer _server = null!;
    private PipelineHost _host = null!;

    public async Task InitializeAsync()
    {
        _server = await AudioStreamServer.StartAsync();
        _host = await PipelineHost.StartAsync(Path.Combine(_temp.Path, "app.db"), new Dictionary<string, string?>
        {
            ["Live:PollSeconds"] = "0.2",
            ["Live:Jitter"] = "0",
            ["Audio:SegmentSeconds"] = "5",
            ["Transcription:Engine"] = "PocketSphinx",
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _server.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task Offline_then_live_then_ended_is_followed_and_the_speech_is_stored_as_classified_posts()
    {
        var clip = await TestMedia.JfkAsync("mp3");
        _server.Serve(StreamPath, clip, speed: 2, icyName: "Inaugural address");
        _server.GoOffline(StreamPath);
        var events = new List<LiveEvent>();
        using var subscription = _host.Hub.SubscribeLives(e =>
        {
            lock (events)
            {
                events.Add(e);
            }
        });
        using var states = new StatusHistory(_host.Get<MonitorStatusBoard>());

        var monitor = (await _host.Registry.AddAsync(MonitorKind.Live, _server.Url(StreamPath))).Monitor!;
        await states.WaitForAsync(monitor.Id, MonitorState.Offline);
        _server.GoOnline(StreamPath);
        await states.WaitForAsync(monitor.Id, MonitorState.Live);
        await states.WaitForAsync(monitor.Id, s => s.Message?.Contains("live ended", StringComparison.Ordinal) == true);

        await using var context = await _host.CreateDbContextAsync();
        var live = await context.Lives.AsNoTracking().SingleAsync();
        var posts = await context.Posts.AsNoTracking().Where(p => p.MonitorId == monitor.Id).OrderBy(p => p.CreatedAt).ToListAsync();
        Assert.Equal("Inaugural address", live.Title);
        Assert.NotNull(live.EndedAt);
        Assert.InRange(live.Segments, 2, 3);
        Assert.NotEmpty(posts);
        Assert.All(posts, post => Assert.True(post.Scored, post.Text));
        // PocketSphinx on a compressed stream cut into segments misses words; most of the speech still comes through.
        var heard = string.Join(' ', posts.Select(p => p.Text)).Split(' ').ToHashSet();
        Assert.True(heard.Intersect(SpeechWords).Count() >= 5, string.Join(' ', heard));
        lock (events)
        {
            Assert.Equal([LiveEventKind.Started, LiveEventKind.Ended], events.Where(e => e.LiveId == live.Id).Select(e => e.Kind));
        }
    }
}
