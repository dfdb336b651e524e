using Microsoft.EntityFrameworkCore;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Pipeline;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Pipeline;

public sealed class StoreStageTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Database => Path.Combine(_temp.Path, "posts.db");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task StoreStage_Stores_Each_Post_Once_When_Sent_Again_After_Restart()
    {
        long monitorId;
        await using (var first = await PipelineHost.StartAsync(Database))
        {
            monitorId = await AddMonitorAsync(first);
            await WriteAsync(first, monitorId, Enumerable.Range(1, 10));
            await first.WaitForStoredAsync(10);
            Assert.Equal(10, first.Hub.TotalAdded);
            first.Logs.AssertNoErrors();
        }

        await using var second = await PipelineHost.StartAsync(Database);
        await WriteAsync(second, monitorId, Enumerable.Range(1, 15));
        await second.WaitForStoredAsync(15);

        Assert.Equal(5, second.Hub.TotalAdded);
        await using var db = await second.CreateDbContextAsync();
        Assert.Equal(15, await db.Posts.CountAsync());
        Assert.Equal(15, await db.Posts.Select(p => p.SourceId).Distinct().CountAsync());
        Assert.Equal("s15", (await db.Monitors.SingleAsync()).Cursor);
        second.Logs.AssertNoErrors();
    }

    [Fact]
    public async Task StoreStage_Updates_Edited_And_Marks_Deleted_Posts_When_Source_Reports_Them_A_Deletion_Delivered_Twice_Once()
    {
        await using var host = await PipelineHost.StartAsync(Database);
        var monitorId = await AddMonitorAsync(host);
        var updated = new List<LivePost>();
        var deleted = new List<long>();
        using var subscription = host.Hub.Subscribe(batch =>
        {
            lock (updated)
            {
                updated.AddRange(batch.Updated);
                deleted.AddRange(batch.Deleted);
            }
        });

        await host.Input.Writer.WriteAsync(Posts.Raw(monitorId, "a"));
        await host.Input.Writer.WriteAsync(Posts.Raw(monitorId, "b"));
        await host.Input.Writer.WriteAsync(Posts.Raw(monitorId, "a", "I hate this, it is awful", PostEventKind.Updated));
        await host.Input.Writer.WriteAsync(Posts.Raw(monitorId, "b", "", PostEventKind.Deleted));
        await host.Input.Writer.WriteAsync(Posts.Raw(monitorId, "b", "", PostEventKind.Deleted));
        await host.WaitForStoredAsync(5);

        await using var db = await host.CreateDbContextAsync();
        var a = await db.Posts.SingleAsync(p => p.SourceId == "a");
        var b = await db.Posts.SingleAsync(p => p.SourceId == "b");
        Assert.Equal("I hate this, it is awful", a.Text);
        Assert.True(a.Edited);
        Assert.Equal("negative", a.Sentiment);
        Assert.False(a.Deleted);
        Assert.True(b.Deleted);
        Assert.Equal("What a lovely sunny day with friends", b.Text);
        lock (updated)
        {
            Assert.Equal(a.Id, Assert.Single(updated).Id);
            Assert.Equal(b.Id, Assert.Single(deleted));
        }

        host.Logs.AssertNoErrors();
    }

    [Fact]
    public async Task StoreStage_Commits_A_Checkpoints_Cursor_Without_A_Post_Or_A_New_Last_Item_Time()
    {
        await using var host = await PipelineHost.StartAsync(Database);
        var monitorId = await AddMonitorAsync(host);
        await host.Input.Writer.WriteAsync(Posts.Raw(monitorId, "a"));
        await host.WaitForStoredAsync(1);
        await using var before = await host.CreateDbContextAsync();
        var lastItemAt = (await before.Monitors.AsNoTracking().SingleAsync()).LastItemAt;

        await host.Input.Writer.WriteAsync(Posts.Raw(monitorId, "", "", PostEventKind.Checkpoint) with { Cursor = "1733479200000000" });
        await host.WaitForStoredAsync(2);

        await using var db = await host.CreateDbContextAsync();
        var monitor = await db.Monitors.SingleAsync();
        Assert.Equal("1733479200000000", monitor.Cursor);
        Assert.Equal(lastItemAt, monitor.LastItemAt);
        Assert.Equal(["a"], await db.Posts.Select(p => p.SourceId).ToListAsync());
        Assert.Equal(1, host.Hub.TotalAdded);
        host.Logs.AssertNoErrors();
    }

    [Fact]
    public async Task StoreStage_Drops_Posts_When_Their_Monitor_Was_Deleted()
    {
        await using var host = await PipelineHost.StartAsync(Database);
        var gone = await AddMonitorAsync(host, "gone.jsonl");
        var kept = await AddMonitorAsync(host, "kept.jsonl");
        Assert.True(await host.Registry.DeleteAsync(gone));

        await host.Input.Writer.WriteAsync(Posts.Raw(gone, "x"));
        await host.Input.Writer.WriteAsync(Posts.Raw(kept, "y"));
        await host.WaitForStoredAsync(2);

        await using var db = await host.CreateDbContextAsync();
        Assert.Equal("y", (await db.Posts.SingleAsync()).SourceId);
        host.Logs.AssertNoErrors();
    }

    [Fact]
    public async Task StoreStage_Stores_Rest_Of_Batch_When_One_Row_Cannot_Be_Written()
    {
        await using var host = await PipelineHost.StartAsync(Database);
        var monitorId = await AddMonitorAsync(host);

        await host.Input.Writer.WriteAsync(Posts.Raw(monitorId, "before"));
        await host.Input.Writer.WriteAsync(Posts.Raw(monitorId, "x") with { SourceId = null! });
        await host.Input.Writer.WriteAsync(Posts.Raw(monitorId, "after"));
        await host.WaitForCommitAsync(() => host.Metrics.Store.Processed + host.Metrics.Store.Errors >= 3);

        Assert.Equal(1, host.Metrics.Store.Errors);
        await using var db = await host.CreateDbContextAsync();
        Assert.Equal(["after", "before"], await db.Posts.Select(p => p.SourceId).OrderBy(id => id).ToListAsync());
        Assert.Contains("1 of ", Assert.Single(host.Logs.Errors).Message, StringComparison.Ordinal);
    }

    private async Task<long> AddMonitorAsync(PipelineHost host, string file = "empty.jsonl")
    {
        var result = await host.Registry.AddAsync(MonitorKind.Replay, _temp.Write(file, ""));
        return result.Monitor!.Id;
    }

    private static async Task WriteAsync(PipelineHost host, long monitorId, IEnumerable<int> numbers)
    {
        foreach (var i in numbers)
        {
            await host.Input.Writer.WriteAsync(Posts.Raw(monitorId, $"s{i}"));
        }
    }
}
