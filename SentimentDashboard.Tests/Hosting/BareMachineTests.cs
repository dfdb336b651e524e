using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SentimentDashboard.Data;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Monitoring.Live;
using SentimentDashboard.Tests.Fakes;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Hosting;

/// <summary>Without ffmpeg, PocketSphinx or a Whisper model the app starts, text monitoring works and live monitors say what to install.</summary>
public sealed class BareMachineTests(BareMachineFixture bare) : IClassFixture<BareMachineFixture>
{
    private AppFixture App => bare.App;

    [Fact]
    public async Task The_dashboard_and_the_health_endpoint_are_served()
    {
        using var client = await App.CreateSignedInClientAsync();

        using var home = await client.GetAsync("/");
        var health = await client.GetStringAsync("/health");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("""{"status":"ok"}""", health);
        App.Logs.AssertNoErrors();
    }

    [Fact]
    public async Task A_replay_monitors_posts_are_stored_and_classified()
    {
        foreach (var id in BareMachineFixture.ReplayPosts.Keys)
        {
            await App.WaitForPostAsync(id);
        }

        await using var db = await App.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
        var sentiments = await db.Posts.AsNoTracking().Where(p => p.Scored).ToDictionaryAsync(p => p.SourceId, p => p.Sentiment);
        Assert.Equal("positive", sentiments["bare-1"]);
        Assert.Equal("negative", sentiments["bare-2"]);
        App.Logs.AssertNoErrors();
    }

    [Fact]
    public async Task The_api_predicts_with_the_api_key()
    {
        using var client = App.CreateApiClient();

        using var response = await client.PostAsJsonAsync("/api/predict", new { text = "I love this wonderful city" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var sentiment = json.RootElement.GetProperty("predictions").EnumerateArray().First();
        Assert.Equal("positive", sentiment.GetProperty("label").GetString());
        App.Logs.AssertNoErrors();
    }

    [Fact]
    public async Task The_status_page_says_that_no_transcription_engine_is_available_and_why()
    {
        using var client = await App.CreateSignedInClientAsync();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/status"));

        Assert.Contains(BareMachineFixture.NoTranscriptionEngine, html, StringComparison.Ordinal);
        App.Logs.AssertNoErrors();
    }

    [Fact]
    public void Each_missing_tool_is_a_warning_at_start_naming_what_it_disables()
    {
        var warnings = App.Logs.Entries.Where(e => e.Level == LogLevel.Warning && e.Category == typeof(LiveReadiness).FullName).Select(e => e.Message);

        Assert.Equal(
            [
                $"Live monitors cannot capture audio until this is fixed: {BareMachineFixture.NoFfmpeg}",
                "Live monitors cannot probe HLS, RTMP, RTSP and SRT streams until this is fixed: ffprobe not found at '/nonexistent/ffprobe': apt-get install ffmpeg, or set Audio:FfprobePath",
                "Live monitors cannot watch TikTok, YouTube and Twitch pages until this is fixed: yt-dlp not found at '/nonexistent/yt-dlp': pip install yt-dlp, or set Audio:YtDlpPath",
                $"Live monitors cannot transcribe until this is fixed: {BareMachineFixture.NoTranscriptionEngine}",
            ],
            warnings);
        App.Logs.AssertNoErrors();
    }

    [Fact]
    public async Task A_live_monitor_is_an_error_saying_what_to_install_before_it_reads_the_stream()
    {
        bare.Audio.Serve("/radio.wav", new MediaClip(await File.ReadAllBytesAsync(TestAudio.Jfk), "audio/wav", TimeSpan.FromSeconds(11)), speed: 1);
        using var states = new StatusHistory(App.Services.GetRequiredService<MonitorStatusBoard>());

        var added = await App.Services.GetRequiredService<MonitorRegistry>().AddAsync(MonitorKind.Live, bare.Audio.Url("/radio.wav"));
        var status = await states.WaitForAsync(added.Monitor!.Id, MonitorState.Error);

        Assert.Equal($"{BareMachineFixture.NoFfmpeg}; {BareMachineFixture.NoTranscriptionEngine}", status.Message);
        Assert.Equal(0, bare.Audio.Connections("/radio.wav"));
        App.Logs.AssertNoErrors();
    }
}
