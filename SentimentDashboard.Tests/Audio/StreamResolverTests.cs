using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SentimentDashboard.Audio;
using SentimentDashboard.Tests.Fakes;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Audio;

public sealed class StreamResolverTests : IDisposable
{
    private const string Live = "/live.ogg";

    private readonly HttpClient http = new();

    private readonly CaptureOptions options = new() { ProbeTimeoutSeconds = 10 };

    [Fact]
    public async Task A_live_stream_is_Live_with_its_url_and_ICY_title()
    {
        await using var server = await AudioStreamServer.StartAsync();
        server.Serve(Live, await TestMedia.SpeechAsync("The stream is live", "ogg"), speed: 1, icyName: "Evening news");

        var probe = await ProbeAsync(server.Url(Live));

        Assert.Equal(new StreamProbe(StreamAvailability.Live, server.Url(Live), "Evening news") { InputFormat = "ogg" }, probe);
    }

    [Fact]
    public async Task An_unknown_path_is_Offline()
    {
        await using var server = await AudioStreamServer.StartAsync();

        var probe = await ProbeAsync(server.Url("/nothing.mp3"));

        Assert.Equal(StreamAvailability.Offline, probe.Availability);
        Assert.Contains("404", probe.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stream_going_offline_and_back_is_probed_as_it_is()
    {
        await using var server = await AudioStreamServer.StartAsync();
        server.Serve(Live, await TestMedia.JfkAsync("ogg"), speed: 1);

        server.GoOffline(Live);
        var offline = await ProbeAsync(server.Url(Live));
        server.GoOnline(Live);
        var online = await ProbeAsync(server.Url(Live));

        Assert.Equal(StreamAvailability.Offline, offline.Availability);
        Assert.Equal(StreamAvailability.Live, online.Availability);
    }

    [Fact]
    public async Task A_refused_connection_is_Offline()
    {
        var probe = await ProbeAsync($"http://127.0.0.1:{UnusedPort()}/live.mp3");

        Assert.Equal(StreamAvailability.Offline, probe.Availability);
        Assert.StartsWith("cannot connect", probe.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_finished_HLS_recording_is_online_but_not_live()
    {
        await using var server = await AudioStreamServer.StartAsync();
        var playlist = server.ServeHls("/hls", await TestMedia.JfkHlsAsync(2));

        var probe = await ProbeAsync(server.Url(playlist));

        Assert.Equal(StreamAvailability.OnlineNotLive, probe.Availability);
        Assert.Contains("#EXT-X-ENDLIST", probe.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, StreamAvailability.OnlineNotLive)]
    [InlineData(false, StreamAvailability.Live)]
    public async Task A_master_HLS_playlist_is_judged_by_its_first_variant(bool finished, StreamAvailability expected)
    {
        await using var server = await AudioStreamServer.StartAsync();
        var recording = await TestMedia.JfkHlsAsync(2);
        var files = new Dictionary<string, byte[]>(recording.Files)
        {
            ["master.m3u8"] = "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-STREAM-INF:BANDWIDTH=64000,CODECS=\"mp4a.40.2\"\nindex.m3u8\n"u8.ToArray(),
        };
        if (!finished)
        {
            files[HlsClip.PlaylistName] = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(files[HlsClip.PlaylistName]).Replace("#EXT-X-ENDLIST", "", StringComparison.Ordinal));
        }

        server.ServeHls("/hls", recording with { Files = files });

        var probe = await ProbeAsync(server.Url("/hls/master.m3u8"));

        Assert.Equal(expected, probe.Availability);
    }

    [Fact]
    public async Task A_live_HLS_playlist_is_confirmed_by_ffprobe()
    {
        await using var server = await AudioStreamServer.StartAsync();
        var recording = await TestMedia.JfkHlsAsync(2);
        var playlist = System.Text.Encoding.UTF8.GetString(recording.Files[HlsClip.PlaylistName]).Replace("#EXT-X-ENDLIST", "", StringComparison.Ordinal);
        var live = recording with { Files = new Dictionary<string, byte[]>(recording.Files) { [HlsClip.PlaylistName] = System.Text.Encoding.UTF8.GetBytes(playlist) } };
        var path = server.ServeHls("/hls", live);

        var probe = await ProbeAsync(server.Url(path));

        Assert.Equal(StreamAvailability.Live, probe.Availability);
        Assert.Equal(server.Url(path), probe.MediaUrl);
    }

    [Fact]
    public async Task An_audio_file_of_fixed_length_is_online_but_not_live()
    {
        await using var server = await AudioStreamServer.StartAsync();
        server.Serve("/podcast.mp3", await TestMedia.JfkAsync("mp3"));

        var probe = await ProbeAsync(server.Url("/podcast.mp3"));

        Assert.Equal(new StreamProbe(StreamAvailability.OnlineNotLive, Message: "a recording of fixed length, not a live stream"), probe);
    }

    [Fact]
    public async Task A_local_file_is_Live_and_a_missing_one_Offline()
    {
        var present = await ProbeAsync(TestAudio.Jfk);
        var missing = await ProbeAsync("/nonexistent/audio.wav");

        Assert.Equal(new StreamProbe(StreamAvailability.Live, TestAudio.Jfk), present);
        Assert.Equal(StreamAvailability.Offline, missing.Availability);
        Assert.Contains("No such file", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_title_tag_found_by_ffprobe_names_the_stream()
    {
        using var temp = new TempDirectory();
        var tagged = Path.Combine(temp.Path, "tagged.ogg");
        await TestMedia.FfmpegAsync(["-i", TestAudio.Jfk, "-metadata", "title=Town hall", tagged]);

        var probe = await ProbeAsync(tagged);

        Assert.Equal(new StreamProbe(StreamAvailability.Live, tagged, "Town hall"), probe);
    }

    [Fact]
    public async Task A_missing_ffprobe_is_an_Error_saying_how_to_install_it()
    {
        options.FfprobePath = "/nonexistent/ffprobe";

        var probe = await ProbeAsync(TestAudio.Jfk);

        Assert.Equal(StreamAvailability.Error, probe.Availability);
        Assert.Equal("ffprobe not found at '/nonexistent/ffprobe': apt-get install ffmpeg, or set Audio:FfprobePath", probe.Message);
    }

    [Theory]
    [InlineData("https://www.tiktok.com/@someone/live", "tiktok.com")]
    [InlineData("https://youtu.be/abcdefghijk", "youtu.be")]
    [InlineData("https://www.twitch.tv/someone", "twitch.tv")]
    public async Task A_platform_page_without_yt_dlp_is_an_Error_saying_what_to_install(string page, string host)
    {
        options.YtDlpPath = "/nonexistent/yt-dlp";

        var probe = await ProbeAsync(page);

        Assert.Equal(StreamAvailability.Error, probe.Availability);
        Assert.True(probe.IsPlatformPage);
        Assert.Equal($"yt-dlp not found at '/nonexistent/yt-dlp': pip install yt-dlp, or set Audio:YtDlpPath (needed to watch {host} pages)", probe.Message);
    }

    [Fact]
    public async Task A_live_platform_page_gives_yt_dlp_s_media_url_title_and_viewers()
    {
        using var temp = new TempDirectory();
        options.YtDlpPath = FakeYtDlp.Write(temp, """
            echo '{"title": "Live now", "is_live": true, "live_status": "is_live", "concurrent_view_count": 1234, "url": "https://cdn.example/stream.flv"}'
            """);

        var probe = await ProbeAsync("https://www.tiktok.com/@someone/live");

        Assert.Equal(new StreamProbe(StreamAvailability.Live, "https://cdn.example/stream.flv", "Live now", 1234) { IsPlatformPage = true }, probe);
    }

    [Theory]
    [InlineData("echo 'ERROR: [TikTokLive] someone: The channel is not currently live' >&2; exit 1", StreamAvailability.OnlineNotLive)]
    [InlineData("echo '{\"title\": \"Yesterday\", \"is_live\": false, \"live_status\": \"was_live\"}'", StreamAvailability.OnlineNotLive)]
    [InlineData("echo 'ERROR: [youtube] abc: Video unavailable' >&2; exit 1", StreamAvailability.Offline)]
    [InlineData("echo 'ERROR: Unsupported URL' >&2; exit 1", StreamAvailability.Error)]
    public async Task A_platform_page_that_is_not_live_is_told_apart_from_a_missing_one(string script, StreamAvailability expected)
    {
        using var temp = new TempDirectory();
        options.YtDlpPath = FakeYtDlp.Write(temp, script);

        var probe = await ProbeAsync("https://www.youtube.com/@someone/live");

        Assert.Equal(expected, probe.Availability);
        Assert.True(probe.IsPlatformPage);
    }

    public void Dispose() => http.Dispose();

    private Task<StreamProbe> ProbeAsync(string target) =>
        new StreamResolver(Options.Create(options), http, NullLogger<StreamResolver>.Instance).ProbeAsync(target, CancellationToken.None);

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
