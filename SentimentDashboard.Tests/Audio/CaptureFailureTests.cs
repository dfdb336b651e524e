using SentimentDashboard.Audio;
using SentimentDashboard.Tests.Fakes;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Audio;

public sealed class CaptureFailureTests
{
    private const string Live = "/live.mp3";

    [Fact]
    public async Task A_dropped_connection_is_reconnected_by_ffmpeg_and_capture_goes_on_without_repeating_audio()
    {
        await using var server = await AudioStreamServer.StartAsync();
        var clip = await TestMedia.JfkAsync("mp3");
        server.Serve(Live, clip, speed: 4);
        server.DropAfter(Live, (long)(clip.BytesPerSecond * 4));
        using var run = new CaptureRun(o => o.SegmentSeconds = 1);

        var segments = await run.AllAsync(server.Url(Live));

        Assert.Equal(2, server.Connections(Live));
        Assert.Equal(Enumerable.Range(0, segments.Count), segments.Select(s => s.Sequence));
        FfmpegSegmentCaptureTests.AssertContinuous(segments);
        // The reconnect joins the live stream where it is now: a little audio is lost, none is captured twice.
        Assert.InRange(segments.Sum(s => s.Duration.TotalSeconds), 6, 11.2);
        Assert.Empty(run.LeftoverFolders);
    }

    [Fact]
    public async Task A_stream_that_stops_sending_fails_as_stalled_after_yielding_what_came_before()
    {
        await using var server = await AudioStreamServer.StartAsync();
        var clip = await TestMedia.JfkAsync("mp3");
        server.Serve(Live, clip, speed: 4);
        server.StallAfter(Live, (long)(clip.BytesPerSecond * 3));
        using var run = new CaptureRun(o => (o.SegmentSeconds, o.StallTimeoutSeconds) = (1, 2));
        var segments = new List<AudioSegment>();

        var error = await Assert.ThrowsAsync<CaptureException>(async () =>
        {
            using var limit = new CancellationTokenSource(CaptureRun.Limit);
            await foreach (var segment in run.Capture.CaptureAsync(1, server.Url(Live), null, limit.Token))
            {
                segments.Add(segment);
            }
        });

        Assert.Contains("stalled", error.Message, StringComparison.Ordinal);
        Assert.Contains(server.Url(Live), error.Message, StringComparison.Ordinal);
        Assert.InRange(segments.Count, 2, 3);
        Assert.False(Directory.Exists($"/proc/{run.FfmpegPid()}"));
        Assert.Empty(run.LeftoverFolders);
    }

    [Fact]
    public async Task Cancelling_kills_ffmpeg_and_deletes_the_temporary_folder()
    {
        await using var server = await AudioStreamServer.StartAsync();
        server.Serve(Live, await TestMedia.JfkAsync("mp3"), speed: 1);
        using var run = new CaptureRun(o => o.SegmentSeconds = 1);
        using var cancel = new CancellationTokenSource(CaptureRun.Limit);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var segment in run.Capture.CaptureAsync(1, server.Url(Live), null, cancel.Token))
            {
                Assert.Equal(0, segment.Sequence);
                await cancel.CancelAsync();
            }
        });

        // Gone from the process table: killed and reaped, not left as a zombie.
        Assert.False(Directory.Exists($"/proc/{run.FfmpegPid()}"));
        Assert.Empty(run.LeftoverFolders);
    }

    [Fact]
    public async Task Leaving_the_enumeration_early_kills_ffmpeg_and_deletes_the_temporary_folder()
    {
        await using var server = await AudioStreamServer.StartAsync();
        server.Serve(Live, await TestMedia.JfkAsync("mp3"), speed: 1);
        using var run = new CaptureRun(o => o.SegmentSeconds = 1);
        using var limit = new CancellationTokenSource(CaptureRun.Limit);

        await foreach (var _ in run.Capture.CaptureAsync(1, server.Url(Live), null, limit.Token))
        {
            break;
        }

        Assert.False(Directory.Exists($"/proc/{run.FfmpegPid()}"));
        Assert.Empty(run.LeftoverFolders);
    }

    [Fact]
    public async Task A_missing_ffmpeg_fails_with_how_to_install_it()
    {
        using var run = new CaptureRun(o => o.FfmpegPath = "/nonexistent/ffmpeg");

        var error = await Assert.ThrowsAsync<CaptureException>(() => run.AllAsync(TestAudio.Jfk));

        Assert.Equal("ffmpeg not found at '/nonexistent/ffmpeg': apt-get install ffmpeg, or set Audio:FfmpegPath", error.Message);
        Assert.Empty(run.LeftoverFolders);
    }

    [Fact]
    public async Task Ffmpeg_failing_is_reported_with_its_error_lines()
    {
        await using var server = await AudioStreamServer.StartAsync();
        server.Serve(Live, await TestMedia.JfkAsync("mp3"));
        server.GoOffline(Live);
        using var run = new CaptureRun();

        var error = await Assert.ThrowsAsync<CaptureException>(() => run.AllAsync(server.Url(Live)));

        Assert.Contains("ffmpeg failed", error.Message, StringComparison.Ordinal);
        Assert.Contains("404 Not Found", error.Message, StringComparison.Ordinal);
        Assert.Empty(run.LeftoverFolders);
    }
}
