using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SentimentDashboard.Alerts;
using SentimentDashboard.Api.Keys;
using SentimentDashboard.Data;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SentimentDashboard.Tests.Browser;

/// <summary>
/// Script payloads arrive through every way untrusted text reaches a page (posts and their authors, tags and links, a
/// transcript and a live's title, a monitor's target, an alert rule's name and terms, a post in the review queue, an API
/// key's name, a failed sign-in's email) and every page
/// shows them as text: no dialog opens, no handler runs, and the content security policy reports nothing.
/// </summary>
public sealed class UntrustedTextTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string Image = "<img src=x onerror=\"window.__xss=1;alert(1)\">";
    private const string Script = "<script>window.__xss=2;alert(2)</script>";
    private const string Svg = "<svg onload=\"window.__xss=3;alert(3)\">";

    private readonly AppFixture app = new();
    private long liveId;

    public async Task InitializeAsync()
    {
        var folder = Path.Combine(app.TempDirectory, Image);
        Directory.CreateDirectory(folder);
        var replay = Path.Combine(folder, "posts.jsonl");
        var now = DateTimeOffset.UtcNow.AddMinutes(-5).ToString("O");
        await File.WriteAllLinesAsync(replay,
        [
            JsonSerializer.Serialize(new { id = "x1", created_at = now, author = Script, text = $"hostile {Image} text", lang = "en", url = "javascript:window.__xss=4", tags = new[] { Svg } }),
            JsonSerializer.Serialize(new { id = "x2", created_at = now, author = Image, text = $"more {Script} {Svg} #{Image}", lang = "en" }),
            // Hateful enough for the review queue, which shows it with the models' justification.
            JsonSerializer.Serialize(new { id = "x3", created_at = now, author = Svg, text = $"all those immigrants are animals, kick them out {Image}", lang = "en" }),
        ]);
        app.Settings["Monitors:Startup:0"] = "replay:" + replay;
        await app.InitializeAsync();
        await app.WaitForPostAsync("x3");
        liveId = await AddLiveAsync();
        await app.Services.GetRequiredService<ApiKeyStore>().CreateAsync(Image, ApiKeyScope.Read, TestAccounts.AdminEmail, CancellationToken.None);
        await TestAccounts.PostSignInAsync(app, Script + "@example.org", "wrong password");
    }

    public Task DisposeAsync() => ((IAsyncLifetime)app).DisposeAsync();

    [Fact]
    public Task Every_page_shows_script_payloads_as_text_and_runs_none() => browser.RunAsync(app, output, async page =>
    {
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };

        foreach (var path in new[] { "/?range=all", "/posts?range=all", "/live", "/lives", $"/lives/{liveId}", "/monitors", "/review", "/admin/alert-rules", "/admin/api-keys", "/admin/audit" })
        {
            await page.GotoAsync(path);
            await new Pages.AppShell(page).WaitForInteractiveAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await Expect(page.Locator("body")).ToContainTextAsync("<");
            Assert.Equal(0, await page.Locator("body img[src='x'], body script:not([src]), body svg[onload]").CountAsync());
            Assert.True(await page.EvaluateAsync<bool>("() => window.__xss === undefined"), $"A payload ran on {path}.");
        }

        await page.GotoAsync("/review");
        await Expect(page.GetByTestId("review-text")).ToHaveTextAsync($"all those immigrants are animals, kick them out {Image}");
        await page.GotoAsync("/posts?range=all");
        await Expect(page.GetByText($"hostile {Image} text")).ToBeVisibleAsync();
        await Expect(page.Locator("a[href^='javascript:']")).ToHaveCountAsync(0);
        await page.GotoAsync("/playground");
        await new Pages.AppShell(page).WaitForInteractiveAsync();
        await page.GetByRole(AriaRole.Textbox).First.FillAsync($"typed {Image}");
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__xss === undefined"));
        Assert.Empty(dialogs);
    });

    private async Task<long> AddLiveAsync()
    {
        var now = DateTimeOffset.UtcNow;
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
        var target = $"https://stream.invalid/{Uri.EscapeDataString(Svg)}.m3u8";
        var monitor = new MonitorEntity { Kind = MonitorKind.Live, Target = target, NormalizedTarget = target, Paused = true, CreatedAt = now.AddHours(-1) };
        db.Monitors.Add(monitor);
        await db.SaveChangesAsync();
        var live = new LiveEntity { MonitorId = monitor.Id, StartedAt = now.AddMinutes(-10), EndedAt = now.AddMinutes(-1), Title = Image, Segments = 1 };
        db.Lives.Add(live);
        db.AlertRules.Add(new AlertRuleEntity { Name = Image, Kind = AlertRuleKind.WatchList, Terms = Svg, UpdatedAt = now });
        db.Posts.Add(new PostEntity
        {
            MonitorId = monitor.Id,
            MonitorKind = MonitorKind.Live,
            DedupeScope = monitor.Id,
            SourceId = "segment-1",
            CreatedAt = now.AddMinutes(-5),
            Text = $"transcribed {Script} words",
        });
        await db.SaveChangesAsync();
        return live.Id;
    }
}
