using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SentimentDashboard.Tests.Fakes;
using SentimentDashboard.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SentimentDashboard.Tests.Browser;

/// <summary>A live stream served by a local audio server, watched by the app as <c>--monitor live:URL</c>, seen in a real browser.</summary>
public sealed class LivePageTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly AppFixture app = new();
    private AudioStreamServer server = null!;

    public async Task InitializeAsync()
    {
        server = await AudioStreamServer.StartAsync();
        // Half speed: the 11 s speech plays for 22 s, long enough to see its transcript arrive while it is live.
        server.Serve("/address.mp3", await TestMedia.JfkAsync("mp3"), speed: 0.5, icyName: "Inaugural address");
        app.Settings["Monitors:Startup:0"] = "live:" + server.Url("/address.mp3");
        app.Settings["Live:PollSeconds"] = "0.3";
        app.Settings["Audio:SegmentSeconds"] = "3";
        app.Settings["Transcription:Engine"] = "PocketSphinx";
        await app.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)app).DisposeAsync();
        await server.DisposeAsync();
    }

    [Fact]
    public Task LivePage_ShowsTheTranscriptWhileTheStreamPlays_AndTheEndWhenItStops() => browser.RunAsync(app, output, async page =>
    {
        await page.GotoAsync("/lives");
        var row = page.Locator("[data-testid='lives-table'] tr.live-row");
        await Expect(row).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await row.GetByRole(AriaRole.Link, new() { Name = "Inaugural address" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/lives/\\d+$"));
        var segments = page.Locator(".transcript-segment");
        await Expect(segments.First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        // The first segment arrived through the live hub while the stream was still playing.
        await Expect(page.GetByTestId("live-state")).ToHaveTextAsync("live");
        await Expect(segments.First.Locator(".label-badge").First).ToHaveTextAsync(new Regex("^(negative|neutral|positive)$"));
        await Expect(page.Locator("audio, video")).ToHaveCountAsync(0);
        await BrowserFixture.SaveScreenshotIfRequestedAsync(page, "live-playing");

        await Expect(page.GetByTestId("live-state")).ToHaveTextAsync("ended", new() { Timeout = 60_000 });
        await Expect(page.GetByTestId("transcript")).ToContainTextAsync(new Regex("fellow|americans|country"));
        await Expect(page.GetByTestId("risk-curve").Locator(".scatterlayer .trace .js-line").First).ToBeVisibleAsync();
        await BrowserFixture.SaveScreenshotIfRequestedAsync(page, "live-ended");

        await page.GotoAsync("/lives");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-lives").ClickAsync());
        var lines = (await File.ReadAllTextAsync(await download.PathAsync())).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,monitor_id,stream,title,started_at,ended_at,duration_s,viewers,peak_viewers,segments,dropped_segments,reconnects", lines[0]);
        Assert.Contains($",{server.Url("/address.mp3")},Inaugural address,", Assert.Single(lines[1..]), StringComparison.Ordinal);
        await BrowserFixture.SaveScreenshotIfRequestedAsync(page, "lives");

        await page.GotoAsync("/status");
        await Expect(page.GetByTestId("transcriber")).ToContainTextAsync("PocketSphinx");
        await Expect(page.GetByTestId("monitors").Locator("tbody tr")).ToHaveCountAsync(1);
        await BrowserFixture.SaveScreenshotIfRequestedAsync(page, "status");
        app.Logs.AssertNoErrors();
    });
}
