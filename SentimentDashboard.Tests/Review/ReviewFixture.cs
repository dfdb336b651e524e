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
        var queued = 0;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = app.Services.GetRequiredService<ReviewNotices>().Subscribe(change =>
        {
            if (Interlocked.Add(ref queued, change.Queued) >= hateful)
            {
                done.TrySetResult();
            }
        });
        var replay = Path.Combine(app.TempDirectory, name);
        await File.WriteAllLinesAsync(replay,
        [
            ReplayFiles.Line("calm-1", CalmText),
            .. Enumerable.Range(1, hateful).Select(i => ReplayFiles.Line($"hate-{i}", $"{HatefulTexts[i % HatefulTexts.Length]} {i}")),
            ReplayFiles.Line("calm-2", "Thanks everyone for the birthday wishes, I feel so loved"),
        ]);
        var monitor = (await app.Services.GetRequiredService<MonitorRegistry>().AddAsync(MonitorKind.Replay, replay)).Monitor!.Id;
        await done.Task.WaitAsync(PipelineHost.Timeout);
        return monitor;
    }
}
