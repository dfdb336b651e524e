using SentimentDashboard.Audio;
using SentimentDashboard.Tests.Fakes;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Audio;

public sealed class FfmpegSegmentCaptureTests
{
    private const double Tolerance = 0.15;

    [Fact]
    public async Task A_stream_is_cut_into_segments_of_the_configured_length_with_continuous_offsets()
    {
        await using var server = await AudioStreamServer.StartAsync();
        server.Serve("/jfk.wav", await TestMedia.JfkAsync("wav"));
        using var run = new CaptureRun();

        var segments = await run.AllAsync(server.Url("/jfk.wav"), monitorId: 42);

        Assert.Equal([0, 1, 2, 3, 4, 5], segments.Select(s => s.Sequence));
        Assert.All(segments, s => Assert.Equal(42, s.MonitorId));
        Assert.Single(segments.Select(s => s.StartedAt).Distinct());
        AssertContinuous(segments);
        Assert.All(segments[..^1], s => Assert.InRange(s.Duration.TotalSeconds, 2 - Tolerance, 2 + Tolerance));
        Assert.InRange(segments[^1].Duration.TotalSeconds, 1 - Tolerance - 0.1, 1 + Tolerance);
        Assert.Equal(WavFile.Read(TestAudio.Jfk), segments.SelectMany(s => s.Samples));
        Assert.Empty(run.LeftoverFolders);
    }

    [Fact]
    public async Task An_HLS_playlist_is_captured_to_its_end()
    {
        await using var server = await AudioStreamServer.StartAsync();
        var playlist = server.ServeHls("/hls", await TestMedia.JfkHlsAsync(2));
        using var run = new CaptureRun();

        var segments = await run.AllAsync(server.Url(playlist));

        Assert.Equal([0, 1, 2, 3, 4, 5], segments.Select(s => s.Sequence));
        AssertContinuous(segments);
        Assert.All(segments[..^1], s => Assert.InRange(s.Duration.TotalSeconds, 2 - Tolerance, 2 + Tolerance));
        Assert.InRange(segments.Sum(s => s.Duration.TotalSeconds), 11 - Tolerance, 11 + Tolerance);
        Assert.Empty(run.LeftoverFolders);
    }

    [Fact]
    public async Task A_local_file_is_captured_without_network_options()
    {
        using var run = new CaptureRun(o => o.SegmentSeconds = 5);

        var segments = await run.AllAsync(TestAudio.Jfk);

        Assert.Equal([0, 5, 10], segments.Select(s => Math.Round(s.Offset.TotalSeconds)));
        Assert.Equal(11 * Pcm.SampleRate, segments.Sum(s => s.Samples.Length));
    }

    [Fact]
    public async Task A_live_broadcast_that_ends_completes_the_capture_with_the_audio_sent()
    {
        await using var server = await AudioStreamServer.StartAsync();
        var clip = await TestMedia.JfkAsync("mp3");
        server.Serve("/live.mp3", clip, speed: 8);
        using var run = new CaptureRun();

        var segments = await run.AllAsync(server.Url("/live.mp3"));

        Assert.Equal(Enumerable.Range(0, segments.Count), segments.Select(s => s.Sequence));
        AssertContinuous(segments);
        Assert.InRange(segments.Sum(s => s.Duration.TotalSeconds), 11 - Tolerance, 11 + 0.2);
        Assert.Equal(1, server.Connections("/live.mp3"));
    }

    [Fact]
    public async Task A_broadcast_going_offline_midway_ends_the_capture_normally()
    {
        await using var server = await AudioStreamServer.StartAsync();
        server.Serve("/live.mp3", await TestMedia.JfkAsync("mp3"), speed: 4);
        using var run = new CaptureRun(o => o.SegmentSeconds = 1);
        using var limit = new CancellationTokenSource(CaptureRun.Limit);
        var segments = new List<AudioSegment>();

        await foreach (var segment in run.Capture.CaptureAsync(1, server.Url("/live.mp3"), null, limit.Token))
        {
            segments.Add(segment);
            if (segments.Count == 2)
            {
                server.GoOffline("/live.mp3");
            }
        }

        AssertContinuous(segments);
        Assert.InRange(segments.Sum(s => s.Duration.TotalSeconds), 2, 11 - 1);
        Assert.Empty(run.LeftoverFolders);
    }

    [Fact]
    public async Task A_continuous_stream_is_captured_until_the_caller_stops()
    {
        await using var server = await AudioStreamServer.StartAsync();
        server.Serve("/radio.mp3", await TestMedia.JfkAsync("mp3"), speed: 8, loop: true);
        using var run = new CaptureRun();
        using var limit = new CancellationTokenSource(CaptureRun.Limit);
        var segments = new List<AudioSegment>();

        await foreach (var segment in run.Capture.CaptureAsync(1, server.Url("/radio.mp3"), null, limit.Token))
        {
            segments.Add(segment);
            if (segments.Count == 8)
            {
                break;
            }
        }

        // 16 s: longer than the 11 s clip the server repeats.
        AssertContinuous(segments);
        Assert.All(segments, s => Assert.InRange(s.Duration.TotalSeconds, 2 - Tolerance, 2 + Tolerance));
        Assert.Empty(run.LeftoverFolders);
    }

    internal static void AssertContinuous(IReadOnlyList<AudioSegment> segments)
    {
        Assert.NotEmpty(segments);
        Assert.Equal(TimeSpan.Zero, segments[0].Offset);
        for (var i = 1; i < segments.Count; i++)
        {
            var gap = segments[i].Offset - (segments[i - 1].Offset + segments[i - 1].Duration);
            Assert.InRange(Math.Abs(gap.TotalMilliseconds), 0, 1);
        }
    }
}
