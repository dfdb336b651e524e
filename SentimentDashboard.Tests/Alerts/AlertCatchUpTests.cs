using Microsoft.EntityFrameworkCore;
using SentimentDashboard.Alerts;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Alerts;

/// <summary>
/// A crash between a commit and its evaluation loses no alert: the next start evaluates the posts stored after the
/// mark, and only those.
/// </summary>
public sealed class AlertCatchUpTests : IDisposable
{
    private static readonly AlertRuleSnapshot RiotWatch = new(
        "Riot watch", AlertRuleKind.WatchList, AlertSeverity.Critical, true, null, 0, "riot", SpikeSignal.Negative, 0, MonitorEventKind.None, 0,
        GroupMinutes: 10, CooldownMinutes: 0);

    private readonly TempDirectory temp = new();

    private string Database => Path.Combine(temp.Path, "app.db");

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Posts_stored_but_not_evaluated_before_a_crash_raise_their_alert_at_the_next_start_and_no_other()
    {
        var riots = await StoreRiotsAsync(6);

        // As if the app crashed after committing the last three riots and before evaluating them.
        await ExecuteAsync($"DELETE FROM Alerts; UPDATE AlertMarks SET LastPostId = {riots[2].Id}");

        await using (var host = await PipelineHost.StartAsync(Database))
        {
            var alert = await WaitForAlertAsync(host);
            Assert.Equal(3, alert.Count);
            await using var db = await host.CreateDbContextAsync();
            var posts = await db.AlertPosts.Where(l => l.AlertId == alert.Id).Select(l => l.PostId).OrderBy(id => id).ToListAsync();
            Assert.Equal(riots.Skip(3).Select(r => r.Id), posts);
            Assert.Contains(host.Logs.Entries, e => e.Message.StartsWith("Evaluated ", StringComparison.Ordinal) && e.Message.EndsWith("alerts raised or grown: 1", StringComparison.Ordinal));
            host.Logs.AssertNoErrors();
        }

        // A clean stop leaves the mark at the newest post: the next start has nothing to evaluate.
        Assert.Equal(await ScalarAsync("SELECT MAX(Id) FROM Posts"), await ScalarAsync("SELECT LastPostId FROM AlertMarks"));
    }

    [Fact]
    public async Task A_database_without_a_mark_raises_no_alert_for_the_posts_it_already_holds()
    {
        await StoreRiotsAsync(2);

        // As after an upgrade from a version without the mark.
        await ExecuteAsync("DELETE FROM Alerts; DELETE FROM AlertMarks");

        await using (var host = await PipelineHost.StartAsync(Database))
        {
            using var timeout = new CancellationTokenSource(PipelineHost.Timeout);
            while (await ScalarAsync("SELECT COUNT(*) FROM AlertMarks") == 0)
            {
                await Task.Delay(50, timeout.Token);
            }

            await using var db = await host.CreateDbContextAsync();
            Assert.Empty(await db.Alerts.ToListAsync());
            Assert.Equal(await ScalarAsync("SELECT MAX(Id) FROM Posts"), await ScalarAsync("SELECT LastPostId FROM AlertMarks"));
        }
    }

    /// <summary>Stores <paramref name="count"/> watched posts (with calm ones between) and waits for their alert; returns them in commit order.</summary>
    private async Task<IReadOnlyList<(long Id, string SourceId)>> StoreRiotsAsync(int count)
    {
        await using var host = await PipelineHost.StartAsync(Database);
        var (id, problems) = await host.Get<AlertRuleStore>().SaveAsync(null, RiotWatch, "tester", CancellationToken.None);
        Assert.Empty(problems);
        Assert.NotNull(id);
        var monitor = (await host.Registry.AddAsync(MonitorKind.Replay, temp.Write("none.jsonl", ""))).Monitor!.Id;
        for (var i = 0; i < count; i++)
        {
            await host.Input.Writer.WriteAsync(Posts.Raw(monitor, $"riot-{i}", $"A riot near the station {i}"));
            await host.Input.Writer.WriteAsync(Posts.Raw(monitor, $"calm-{i}", $"A calm evening at the café {i}"));
        }

        await host.FlushAsync(monitor);
        Assert.Equal(count, (await WaitForAlertAsync(host, count)).Count);
        await using var db = await host.CreateDbContextAsync();
        return [.. (await db.Posts.Where(p => p.SourceId.StartsWith("riot-")).OrderBy(p => p.Id).Select(p => new { p.Id, p.SourceId }).ToListAsync())
            .Select(p => (p.Id, p.SourceId))];
    }

    /// <summary>The watch rule's alert once it counts <paramref name="count"/> posts or more (it may be written before a subscription could hear it).</summary>
    private static async Task<AlertEntity> WaitForAlertAsync(PipelineHost host, int count = 1)
    {
        using var timeout = new CancellationTokenSource(PipelineHost.Timeout);
        var changed = new SemaphoreSlim(0);
        using var subscription = host.Get<AlertNotices>().Subscribe(_ => changed.Release());
        while (true)
        {
            await using var db = await host.CreateDbContextAsync();
            if (await db.Alerts.FirstOrDefaultAsync(a => a.RuleName == RiotWatch.Name && a.Count >= count) is { } alert)
            {
                return alert;
            }

            await changed.WaitAsync(timeout.Token);
        }
    }

    private Task ExecuteAsync(string sql) => SqliteFile.ExecuteAsync(Database, sql);

    private Task<long> ScalarAsync(string sql) => SqliteFile.ScalarAsync(Database, sql);
}
