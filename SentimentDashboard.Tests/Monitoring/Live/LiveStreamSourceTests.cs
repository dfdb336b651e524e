using System.Text.RegularExpressions;
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
            ["Audio:StallTimeoutSeconds"] = "4",
            ["Live:ReconnectSeconds"] = "1",
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
        // Nothing served at the address yet: 404, offline. The broadcast starts (and its clock with it) now.
        await states.WaitForAsync(monitor.Id, MonitorState.Offline);
        _server.Serve(StreamPath, clip, speed: 2, icyName: "Inaugural address");
        await states.WaitForAsync(monitor.Id, MonitorState.Live);
        await states.WaitForAsync(monitor.Id, s => s.Message?.Contains("live ended", StringComparison.Ordinal) == true);
        // The transcripts were handed to the pipeline before the end was reported; wait until they are stored.
        var marker = await _host.FlushAsync(monitor.Id);

        await using var context = await _host.CreateDbContextAsync();
        var live = await context.Lives.AsNoTracking().SingleAsync();
        var posts = await context.Posts.AsNoTracking().Where(p => p.MonitorId == monitor.Id && p.SourceId != marker).OrderBy(p => p.CreatedAt).ToListAsync();
        Assert.Equal("Inaugural address", live.Title);
        Assert.NotNull(live.EndedAt);
        Assert.InRange(live.Segments, 2, 3);
        Assert.NotEmpty(posts);
        Assert.All(posts, post => Assert.True(post.Scored, post.Text));
        // PocketSphinx on a compressed stream cut into segments misses words; most of the speech still comes through.
        var heard = string.Join(' ', posts.Select(p => p.Text)).Split(' ').ToHashSet();
        Assert.True(heard.Intersect(SpeechWords).Count() >= 3, string.Join(' ', heard));
        lock (events)
        {
            Assert.Equal([LiveEventKind.Started, LiveEventKind.Ended], events.Where(e => e.LiveId == live.Id).Select(e => e.Kind));
        }
    }

    [Fact]
    public async Task A_stalled_capture_is_resumed_within_the_same_live()
    {
        // 64 kb/s mp3: the stream stops sending after about 3 s of audio and keeps the connection open.
        _server.Serve(StreamPath, await TestMedia.JfkAsync("mp3"), speed: 1, loop: true);
        _server.StallAfter(StreamPath, 24_000);
        using var states = new StatusHistory(_host.Get<MonitorStatusBoard>());

        var monitor = (await _host.Registry.AddAsync(MonitorKind.Live, _server.Url(StreamPath))).Monitor!;
        var broke = await states.WaitForAsync(monitor.Id, s => s.Message?.Contains("capture broke off", StringComparison.Ordinal) == true);
        _server.Resume(StreamPath);
        await states.WaitForAsync(monitor.Id, s => s.Message?.Contains(" 1 segments transcribed", StringComparison.Ordinal) == true);
        _server.GoOffline(StreamPath);
        await states.WaitForAsync(monitor.Id, s => s.Message?.Contains("live ended", StringComparison.Ordinal) == true);

        Assert.Contains("stalled", broke.Message, StringComparison.Ordinal);
        await using var context = await _host.CreateDbContextAsync();
        var live = await context.Lives.AsNoTracking().SingleAsync();
        Assert.True(live.Reconnects >= 1, $"{live.Reconnects} reconnects");
        Assert.True(live.Segments >= 1, $"{live.Segments} segments; {states.Describe(monitor.Id)}");
        Assert.NotNull(live.EndedAt);
        Assert.True(_server.Connections(StreamPath) >= 2);
    }

    [Fact]
    public async Task Segments_the_transcriber_cannot_keep_up_with_are_dropped_and_counted()
    {
        await using var host = await PipelineHost.StartAsync(Path.Combine(_temp.Path, "busy.db"), new Dictionary<string, string?>
        {
            ["Live:PollSeconds"] = "0.2",
            ["Live:SegmentQueue"] = "1",
            ["Audio:SegmentSeconds"] = "1",
            ["Transcription:Engine"] = "PocketSphinx",
        });
        // Eight times real time in one-second segments: a segment every 125 ms, far faster than PocketSphinx decodes them.
        // Looped until drops are seen, then ended: a busy machine may start ffmpeg late into a paced broadcast.
        _server.Serve(StreamPath, await TestMedia.JfkAsync("mp3"), speed: 8, loop: true);
        using var states = new StatusHistory(host.Get<MonitorStatusBoard>());

        var monitor = (await host.Registry.AddAsync(MonitorKind.Live, _server.Url(StreamPath))).Monitor!;
        await states.WaitForAsync(monitor.Id, s => s.Message is { } m && Regex.IsMatch(m, @"\b[1-9][0-9]* dropped"));
        _server.GoOffline(StreamPath);
        await states.WaitForAsync(monitor.Id, s => s.Message?.Contains("live ended", StringComparison.Ordinal) == true);

        await using var context = await host.CreateDbContextAsync();
        var live = await context.Lives.AsNoTracking().SingleAsync();
        Assert.True(live.DroppedSegments > 0, states.Describe(monitor.Id));
        Assert.True(live.Segments > 0, states.Describe(monitor.Id));
        await states.WaitForAsync(monitor.Id, s => s.Message?.Contains($"{live.DroppedSegments} dropped", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_stream_ffmpeg_cannot_read_turns_the_monitor_to_error_after_three_attempts()
    {
        // "audio/mpeg" that is noise: live by its headers, but ffmpeg never gets a frame out of it.
        var noise = new byte[64_000];
        new Random(7).NextBytes(noise);
        _server.Serve(StreamPath, new MediaClip(noise, "audio/mpeg", TimeSpan.FromSeconds(8)), speed: 1, loop: true);
        using var states = new StatusHistory(_host.Get<MonitorStatusBoard>());

        var monitor = (await _host.Registry.AddAsync(MonitorKind.Live, _server.Url(StreamPath))).Monitor!;
        var error = await states.WaitForAsync(monitor.Id, MonitorState.Error);

        Assert.Contains("capture broke off", error.Message, StringComparison.Ordinal);
        Assert.Contains("attempt 3", error.Message, StringComparison.Ordinal);
    }
}
