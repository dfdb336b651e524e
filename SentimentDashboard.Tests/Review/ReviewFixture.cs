using Microsoft.Extensions.DependencyInjection;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Review;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Review;

/// <summary>An app of its own (its queue would show on the shared app's pages) and a replay whose risky posts it waits to see queued.</summary>
internal static class ReviewFixture
{
    public static readonly string[] HatefulTexts =
    [
        "all those immigrants are animals, kick them out of our country",
        "those muslims are filthy animals, send them all back",
        "women are trash and belong in the kitchen",
    ];

    public const string CalmText = "What a lovely sunny day at the park with friends";

    /// <summary>Replays <paramref name="hateful"/> hateful posts and two calm ones as a new monitor; returns it once the hateful ones are queued.</summary>
    public static async Task<long> ReplayAsync(AppFixture app, int hateful, string name = "review.jsonl")
    {
        var replay = Path.Combine(app.TempDirectory, name);
        await File.WriteAllLinesAsync(replay,
        [
            ReplayFiles.Line("calm-1", CalmText),
            .. Enumerable.Range(1, hateful).Select(i => ReplayFiles.Line($"hate-{i}", $"{HatefulTexts[i % HatefulTexts.Length]} {i}")),
            ReplayFiles.Line("calm-2", "Thanks everyone for the birthday wishes, I feel so loved"),
        ]);
        long monitor = 0;
        await QueuedAsync(app.Services.GetRequiredService<ReviewNotices>(), hateful, async () =>
            monitor = (await app.Services.GetRequiredService<MonitorRegistry>().AddAsync(MonitorKind.Replay, replay)).Monitor!.Id);
        return monitor;
    }

    /// <summary>Runs <paramref name="write"/> and completes once the queue has announced <paramref name="expected"/> new items.</summary>
    public static async Task QueuedAsync(ReviewNotices notices, int expected, Func<Task> write)
    {
        var queued = 0;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = notices.Subscribe(change =>
        {
            if (Interlocked.Add(ref queued, change.Queued) >= expected)
            {
                done.TrySetResult();
            }
        });
        await write();
        await done.Task.WaitAsync(PipelineHost.Timeout);
    }
}
