using Microsoft.EntityFrameworkCore;
using SentimentDashboard.Data;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Tests.Fakes;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Monitoring.Live;

/// <summary>
/// A TikTok live page, resolved by a yt-dlp stand-in (a script printing what yt-dlp prints) to a stream on the local
/// audio server: the live's viewers are followed while it is captured, and it ends when the page is no longer live.
/// </summary>
public sealed class PlatformLiveTests : IAsyncLifetime
{
    private const string Page = "https://www.tiktok.com/@townhall/live";

    private readonly TempDirectory _temp = new();
    private AudioStreamServer _server = null!;
    private PipelineHost _host = null!;

    public async Task InitializeAsync()
    {
        _server = await AudioStreamServer.StartAsync();
        _server.Serve("/cdn/live.mp3", await TestMedia.JfkAsync("mp3"), speed: 1, loop: true);
        File.WriteAllText(Path.Combine(_temp.Path, "viewers"), "120");
        var ytDlp = FakeYtDlp.Write(_temp, $$"""
            if [ -f '{{_temp.Path}}/ended' ]; then echo 'ERROR: [TikTokLive] townhall: The channel is not currently live' >&2; exit 1; fi
            echo "{\"title\": \"Town hall\", \"is_live\": true, \"concurrent_view_count\": $(cat '{{_temp.Path}}/viewers'), \"url\": \"{{_server.Url("/cdn/live.mp3")}}\"}"
            """);
        _host = await PipelineHost.StartAsync(Path.Combine(_temp.Path, "app.db"), new Dictionary<string, string?>
        {
            ["Audio:YtDlpPath"] = ytDlp,
            ["Audio:SegmentSeconds"] = "5",
            ["Live:PlatformPollMinutes"] = "0.005",
            ["Live:Jitter"] = "0",
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
    public async Task Viewers_are_followed_during_the_live_and_the_live_ends_with_the_page()
    {
        using var states = new StatusHistory(_host.Get<MonitorStatusBoard>());
        var monitor = (await _host.Registry.AddAsync(MonitorKind.Live, Page)).Monitor!;
        await states.WaitForAsync(monitor.Id, MonitorState.Live);

        File.WriteAllText(Path.Combine(_temp.Path, "viewers"), "450");
        await WaitForLiveAsync(live => live.PeakViewers == 450);
        File.WriteAllText(Path.Combine(_temp.Path, "viewers"), "300");
        await WaitForLiveAsync(live => live.Viewers == 300);
        File.WriteAllText(Path.Combine(_temp.Path, "ended"), "");
        _server.GoOffline("/cdn/live.mp3");
        var ended = await states.WaitForAsync(monitor.Id, s => s.Message?.Contains("live ended", StringComparison.Ordinal) == true);

        Assert.Equal(MonitorState.Online, ended.State);
        var stored = await WaitForLiveAsync(live => live.EndedAt is not null);
        Assert.Equal(("Town hall", 300, 450), (stored.Title, stored.Viewers, stored.PeakViewers));
    }

    private async Task<LiveEntity> WaitForLiveAsync(Func<LiveEntity, bool> condition)
    {
        using var timeout = new CancellationTokenSource(PipelineHost.Timeout);
        while (true)
        {
            await using (var context = await _host.CreateDbContextAsync())
            {
                if (await context.Lives.AsNoTracking().SingleOrDefaultAsync(timeout.Token) is { } live && condition(live))
                {
                    return live;
                }
            }

            await Task.Delay(100, timeout.Token);
        }
    }
}
