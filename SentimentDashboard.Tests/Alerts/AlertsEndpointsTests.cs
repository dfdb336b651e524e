using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SentimentDashboard.Alerts;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Alerts;

/// <summary><c>GET /api/alerts</c> and the CSV export on an app of its own (its alerts would show on the shared app's pages).</summary>
public sealed class AlertsEndpointsTests : IAsyncLifetime
{
    private readonly AppFixture app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)app).DisposeAsync();

    [Fact]
    public async Task Api_lists_alerts_newest_first_with_the_contract_fields()
    {
        var board = app.Services.GetRequiredService<MonitorStatusBoard>();
        var registry = app.Services.GetRequiredService<MonitorRegistry>();
        await File.WriteAllTextAsync(Path.Combine(app.TempDirectory, "a.jsonl"), "");
        await File.WriteAllTextAsync(Path.Combine(app.TempDirectory, "b.jsonl"), "");
        var first = (await registry.AddAsync(MonitorKind.Replay, Path.Combine(app.TempDirectory, "a.jsonl"))).Monitor!.Id;
        var second = (await registry.AddAsync(MonitorKind.Replay, Path.Combine(app.TempDirectory, "b.jsonl"))).Monitor!.Id;
        var raised = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var seen = 0;
        using (app.Services.GetRequiredService<AlertNotices>().Subscribe(n =>
        {
            if (n.IsNew && Interlocked.Increment(ref seen) == 2)
            {
                raised.TrySetResult();
            }
        }))
        {
            board.Report(first, MonitorState.Error, "first failure");
            await Task.Delay(50);
            board.Report(second, MonitorState.Error, "second failure");
            await raised.Task.WaitAsync(PipelineHost.Timeout);
        }

        using var response = await app.CreateApiClient().GetAsync("/api/alerts");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal(second, items[0].GetProperty("monitor_id").GetInt64());
        Assert.True(items[0].GetProperty("id").GetInt64() > items[1].GetProperty("id").GetInt64());
        foreach (var field in new[] { "id", "created_at", "rule", "severity", "title", "count", "monitor" })
        {
            Assert.True(items[0].TryGetProperty(field, out _), field);
        }

        Assert.Equal("Monitor in error", items[0].GetProperty("rule").GetString());
        Assert.Equal("warning", items[0].GetProperty("severity").GetString());
        Assert.Equal(1, items[0].GetProperty("count").GetInt32());

        var client = await app.CreateSignedInClientAsync();
        var csv = await client.GetStringAsync("/export/alerts.csv?severity=warning");
        var lines = csv.TrimEnd().Split('\n');
        Assert.StartsWith("id,created_at,updated_at,rule,kind,severity,title,", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.Empty(JsonDocument.Parse(await app.CreateApiClient().GetStringAsync("/api/alerts?severity=critical")).RootElement.GetProperty("items").EnumerateArray());
    }
}
