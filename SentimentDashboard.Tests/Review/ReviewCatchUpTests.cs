using SentimentDashboard.Monitoring;
using SentimentDashboard.Review;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Review;

/// <summary>A stop between a commit and its queueing loses no high-risk post: the next start queues what was left out.</summary>
public sealed class ReviewCatchUpTests : IDisposable
{
    private readonly TempDirectory temp = new();

    private string Database => Path.Combine(temp.Path, "app.db");

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Posts_stored_but_not_queued_before_a_stop_are_queued_at_the_next_start_and_no_other()
    {
        List<(long PostId, string SourceId)> queued;
        await using (var host = await PipelineHost.StartAsync(Database))
        {
            var monitor = (await host.Registry.AddAsync(MonitorKind.Replay, temp.Write("none.jsonl", ""))).Monitor!.Id;
            var all = await QueueAsync(host, async () =>
            {
                foreach (var (text, i) in ReviewFixture.HatefulTexts.Concat(ReviewFixture.HatefulTexts).Select((t, i) => (t, i)))
                {
                    await host.Input.Writer.WriteAsync(Posts.Raw(monitor, $"hate-{i}", $"{text} {i}") with { Language = "en" });
                }

                await host.Input.Writer.WriteAsync(Posts.Raw(monitor, "calm", ReviewFixture.CalmText) with { Language = "en" });
            }, expected: 6);
            queued = [.. all.OrderBy(i => i.PostId).Select(i => (i.PostId!.Value, i.SourceId))];
        }

        // As if the app stopped after committing the last three posts and before queueing them.
        await ExecuteAsync($"DELETE FROM ReviewItems WHERE PostId >= {queued[3].PostId}");

        await using (var host = await PipelineHost.StartAsync(Database))
        {
            var items = await WaitForQueueAsync(host, 6);
            Assert.Equal(queued.Select(q => q.SourceId), items.OrderBy(i => i.PostId).Select(i => i.SourceId));
            Assert.All(items.Where(i => i.PostId >= queued[3].PostId), i =>
            {
                Assert.Equal("hateful", i.ModelCategory);
                Assert.Contains("hate model", i.Justification, StringComparison.Ordinal);
                Assert.True(i.ModelHate);
                Assert.StartsWith("replay:", i.MonitorName, StringComparison.Ordinal);
            });
        }
    }

    private static async Task<IReadOnlyList<ReviewItemEntity>> QueueAsync(PipelineHost host, Func<Task> write, int expected)
    {
        await ReviewFixture.QueuedAsync(host.Get<ReviewNotices>(), expected, write);
        return await host.Get<ReviewQueue>().ListAsync(new ReviewFilter(), CancellationToken.None);
    }

    /// <summary>The catch-up runs as the host starts: it may be done before a subscription could hear it.</summary>
    private static async Task<IReadOnlyList<ReviewItemEntity>> WaitForQueueAsync(PipelineHost host, int expected)
    {
        var queue = host.Get<ReviewQueue>();
        using var timeout = new CancellationTokenSource(PipelineHost.Timeout);
        var changed = new SemaphoreSlim(0);
        using var subscription = host.Get<ReviewNotices>().Subscribe(_ => changed.Release());
        while (await queue.PendingCountAsync(CancellationToken.None) < expected)
        {
            await changed.WaitAsync(timeout.Token);
        }

        return await queue.ListAsync(new ReviewFilter(), CancellationToken.None);
    }

    private Task ExecuteAsync(string sql) => SqliteFile.ExecuteAsync(Database, sql);
}
