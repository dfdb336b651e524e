using SentimentDashboard.Monitoring;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Monitoring;

public sealed class DemoSeedTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly Dictionary<string, string?> _seed = new() { ["Monitors:SeedDemo"] = "true" };

    [Fact]
    public async Task NewDatabase_Gets_TheDemoReplay_AndItsPostsAreStored()
    {
        var database = Path.Combine(_temp.Path, "demo.db");
        await using var host = await PipelineHost.StartAsync(database, _seed);
        await WaitForPostsAsync(host, 300);

        var monitors = await host.Registry.ListAsync();
        Assert.Equal(
            MonitoringOptions.DemoMonitors,
            monitors.Select(m => $"{MonitorTargets.KindName(m.Kind)}:{m.Target}"));

        // Whatever the corpus's own dates, its backfill ends now, so the default 24-hour overview shows it.
        var newest = host.Hub.Recent().Max(p => p.CreatedAt);
        Assert.InRange(DateTimeOffset.UtcNow - newest, TimeSpan.Zero, TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task DeletedDemoMonitors_DoNotComeBack_OnTheNextStart()
    {
        var database = Path.Combine(_temp.Path, "demo.db");
        await using (var first = await PipelineHost.StartAsync(database, _seed))
        {
            await WaitForPostsAsync(first, 1); // the demo monitors exist once their first posts are stored
            foreach (var monitor in await first.Registry.ListAsync())
            {
                await first.Registry.DeleteAsync(monitor.Id);
            }

            await first.Registry.AddAsync(MonitorKind.Replay, _temp.Write("mine.jsonl", "{\"text\":\"hello\"}\n"));
        }

        await using var second = await PipelineHost.StartAsync(database, _seed);
        var monitors = await second.Registry.ListAsync();
        Assert.Equal("mine.jsonl", Path.GetFileName(Assert.Single(monitors).Target));
    }

    public void Dispose() => _temp.Dispose();

    private static async Task WaitForPostsAsync(PipelineHost host, long count)
    {
        var committed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = host.Hub.Subscribe(_ =>
        {
            if (host.Hub.TotalAdded >= count)
            {
                committed.TrySetResult();
            }
        });

        if (host.Hub.TotalAdded < count)
        {
            await committed.Task.WaitAsync(PipelineHost.Timeout);
        }
    }
}
