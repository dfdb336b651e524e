using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using SentimentDashboard.Alerts;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Tests.Fakes;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Alerts;

/// <summary>Rules' webhooks against a local HTTP server: retries with backoff, Slack's text shape, and a dead endpoint that blocks nothing.</summary>
public sealed class WebhookSenderTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<string> received = new();
    private readonly TempDirectory temp = new();
    private WebApplication? server;

    private PipelineHost Host { get; set; } = null!;

    public async Task InitializeAsync() => Host = await PipelineHost.StartAsync(Path.Combine(temp.Path, "app.db"));

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        temp.Dispose();
    }

    [Fact]
    public async Task A_new_alert_is_posted_as_json_after_the_endpoint_fails_twice()
    {
        var attempts = 0;
        var url = await StartServerAsync(() => Interlocked.Increment(ref attempts) <= 2 ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK);
        var monitor = await WatchAsync(url, text: false);

        await Host.Input.Writer.WriteAsync(Posts.Raw(monitor, "riot-1", "A riot near the station"));
        await WaitUntilAsync(() => received.Count == 3);

        using var body = JsonDocument.Parse(received.Last());
        Assert.Equal("Riot watch", body.RootElement.GetProperty("rule").GetString());
        Assert.Equal("critical", body.RootElement.GetProperty("severity").GetString());
        Assert.Equal("Riot watch: 1 post", body.RootElement.GetProperty("title").GetString());
        Assert.Equal(1, body.RootElement.GetProperty("count").GetInt32());
        Assert.Equal(monitor, body.RootElement.GetProperty("monitor_id").GetInt64());
        Assert.Equal(2, Host.Logs.Entries.Count(e => e.Message.Contains("Webhook of alert rule 'Riot watch' failed (HTTP 503)", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Slack_text_is_posted_and_a_dead_endpoint_gives_up_without_holding_up_alerts()
    {
        var url = await StartServerAsync(() => StatusCodes.Status500InternalServerError);
        var monitor = await WatchAsync(url, text: true);

        await Host.Input.Writer.WriteAsync(Posts.Raw(monitor, "riot-1", "A riot near the station"));
        await Host.FlushAsync(monitor);
        await WaitUntilAsync(() => received.Count == 1);
        await using (var db = await Host.CreateDbContextAsync())
        {
            await WaitUntilAsync(() => db.Alerts.Count() == 1);
        }

        using var body = JsonDocument.Parse(received.First());
        Assert.Equal("[Critical] Riot watch: 1 post (Terms: riot)", body.RootElement.GetProperty("text").GetString());
        await WaitUntilAsync(() => Host.Logs.Entries.Any(e => e.Message.Contains("gave up: HTTP 500", StringComparison.Ordinal)));
        Assert.Equal(4, received.Count);
    }

    private async Task<string> StartServerAsync(Func<int> status)
    {
        server = LocalWebServer.Create();
        server.MapPost("/hook", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            received.Enqueue(await reader.ReadToEndAsync());
            return Results.StatusCode(status());
        });
        return new Uri(await LocalWebServer.StartAsync(server), "/hook").ToString();
    }

    private async Task<long> WatchAsync(string url, bool text)
    {
        var monitor = (await Host.Registry.AddAsync(MonitorKind.Replay, temp.Write("none.jsonl", ""))).Monitor!.Id;
        var (id, problems) = await Host.Get<AlertRuleStore>().SaveAsync(null, new AlertRuleSnapshot(
            "Riot watch", AlertRuleKind.WatchList, AlertSeverity.Critical, true, null, 0, "riot", SpikeSignal.Negative, 0, MonitorEventKind.None, 0, 10, 30, url, text),
            "tester", CancellationToken.None);
        Assert.Empty(problems);
        Assert.NotNull(id);
        return monitor;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + PipelineHost.Timeout;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(50);
        }
    }
}
