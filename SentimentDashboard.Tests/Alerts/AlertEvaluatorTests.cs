using Microsoft.EntityFrameworkCore;
using SentimentDashboard.Alerts;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Alerts;

/// <summary>The evaluator in the app's data path, on a real SQLite file: posts through the pipeline become alerts.</summary>
public sealed class AlertEvaluatorTests : HostedTest
{
    [Fact]
    public async Task A_new_database_has_the_default_rules()
    {
        var rules = await Host.Get<AlertRuleStore>().ListAsync(CancellationToken.None);

        Assert.Equal(["Hate burst", "High risk", "Monitor in error"], rules.Select(r => r.Name));
        Assert.All(rules, r => Assert.Empty(AlertRuleSnapshot.Of(r).Problems()));
    }

    [Fact]
    public async Task A_burst_of_watched_posts_is_one_alert_that_grows_with_its_posts()
    {
        await SaveRuleAsync(new AlertRuleSnapshot("Riot watch", AlertRuleKind.WatchList, AlertSeverity.Critical, true, null, 0, "riot\nlooting", SpikeSignal.Negative, 0,
            MonitorEventKind.None, 0, GroupMinutes: 10, CooldownMinutes: 30));
        var monitor = await AddMonitorAsync();
        var grown = WaitForAlert(a => a.Count == 12);

        for (var i = 0; i < 12; i++)
        {
            await Host.Input.Writer.WriteAsync(Posts.Raw(monitor, $"riot-{i}", i % 2 == 0 ? $"A RIOT near the station {i}" : $"Looting reported downtown {i}"));
            await Host.Input.Writer.WriteAsync(Posts.Raw(monitor, $"calm-{i}", $"A calm evening at the café {i}"));
            await Host.FlushAsync(monitor);
        }

        var notice = await grown;
        await using var db = await Host.CreateDbContextAsync();
        var alert = Assert.Single(await db.Alerts.Where(a => a.RuleName == "Riot watch").ToListAsync());
        Assert.Equal(notice.AlertId, alert.Id);
        Assert.Equal(monitor, alert.MonitorId);
        Assert.Equal(AlertSeverity.Critical, alert.Severity);
        Assert.StartsWith("Riot watch: 12 posts in ", alert.Title, StringComparison.Ordinal);
        var posts = await db.AlertPosts.Where(l => l.AlertId == alert.Id).Join(db.Posts, l => l.PostId, p => p.Id, (_, p) => p.SourceId).ToListAsync();
        Assert.Equal(Enumerable.Range(0, 12).Select(i => $"riot-{i}").Order(), posts.Order());
        var evaluator = Host.Get<AlertEvaluator>().Snapshot();
        Assert.True(evaluator is { Worker: "alert rules", Handled: >= 12, Failed: 0, Dropped: 0 }, evaluator.ToString());
        Host.Logs.AssertNoErrors();
    }

    [Fact]
    public async Task A_risk_threshold_for_one_monitor_ignores_the_others()
    {
        var watched = await AddMonitorAsync();
        var other = await AddMonitorAsync();
        await SaveRuleAsync(new AlertRuleSnapshot("Any risk here", AlertRuleKind.Risk, AlertSeverity.Info, true, watched, 0.01, null, SpikeSignal.Negative, 0,
            MonitorEventKind.None, 0, GroupMinutes: 10, CooldownMinutes: 0));
        var raised = WaitForAlert(a => a.Title.StartsWith("Any risk here: 3 posts", StringComparison.Ordinal));

        for (var i = 0; i < 3; i++)
        {
            await Host.Input.Writer.WriteAsync(Posts.Raw(other, $"other-{i}", "This is the worst service ever, I hate it"));
            await Host.Input.Writer.WriteAsync(Posts.Raw(watched, $"watched-{i}", "This is the worst service ever, I hate it"));
        }

        await Host.FlushAsync(other);
        await raised;
        await using var db = await Host.CreateDbContextAsync();
        var alert = Assert.Single(await db.Alerts.Where(a => a.RuleName == "Any risk here").ToListAsync());
        Assert.Equal(watched, alert.MonitorId);
        Assert.Equal(3, alert.Count);
    }

    [Fact]
    public async Task A_monitor_in_error_raises_the_default_alert_once_while_it_keeps_failing()
    {
        var monitor = await AddMonitorAsync();
        var board = Host.Get<MonitorStatusBoard>();
        var twice = WaitForAlert(a => a.Title == "Monitor in error: 2 events in 1 min");

        board.Report(monitor, MonitorState.Error, "HTTP 503 from the instance");
        board.Report(monitor, MonitorState.Running);
        board.Report(monitor, MonitorState.Error, "HTTP 502 from the instance");

        await twice;
        await using var db = await Host.CreateDbContextAsync();
        var alert = Assert.Single(await db.Alerts.Where(a => a.MonitorId == monitor).ToListAsync());
        Assert.Equal(AlertRuleKind.MonitorEvent, alert.Kind);
        Assert.Equal("error: HTTP 502 from the instance", alert.Detail);
    }

    private async Task<long> AddMonitorAsync() =>
        (await Host.Registry.AddAsync(MonitorKind.Replay, Temp.Write($"none-{Guid.NewGuid():N}.jsonl", ""))).Monitor!.Id;

    private async Task SaveRuleAsync(AlertRuleSnapshot rule)
    {
        var (id, problems) = await Host.Get<AlertRuleStore>().SaveAsync(null, rule, "tester", CancellationToken.None);
        Assert.Empty(problems);
        Assert.NotNull(id);
    }

    /// <summary>Completes with the first notice meeting <paramref name="condition"/>; subscribe before causing it.</summary>
    private Task<AlertNotice> WaitForAlert(Func<AlertNotice, bool> condition)
    {
        var seen = new TaskCompletionSource<AlertNotice>(TaskCreationOptions.RunContinuationsAsynchronously);
        var subscription = Host.Get<AlertNotices>().Subscribe(notice =>
        {
            if (condition(notice))
            {
                seen.TrySetResult(notice);
            }
        });
        return seen.Task.WaitAsync(PipelineHost.Timeout).ContinueWith(
            t =>
            {
                subscription.Dispose();
                return t.Result;
            },
            TaskScheduler.Default);
    }
}
