using SentimentDashboard.Monitoring;
using SentimentDashboard.Monitoring.Replay;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Monitoring.Replay;

public sealed class DemoTimelineTests
{
    private static readonly DateTimeOffset CorpusStart = new(2026, 1, 5, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Backfilled_posts_end_now_and_keep_their_spacing()
    {
        var time = new ManualTimeProvider();
        var created = Enumerable.Range(0, 8).Select(i => CorpusStart.AddMinutes(10 * i)).ToList();
        var timeline = new DemoTimeline(created, TimeSpan.FromSeconds(3), time);

        var first = await timeline.ScheduleAsync(Post(created[0]), 1, default);
        var sixth = await timeline.ScheduleAsync(Post(created[5]), 6, default);

        Assert.Equal(time.GetUtcNow(), sixth.CreatedAt);
        Assert.Equal(TimeSpan.FromMinutes(50), sixth.CreatedAt - first.CreatedAt);
        Assert.Empty(time.ArmedDelays);
    }

    [Fact]
    public async Task Posts_after_the_backfill_wait_their_turn_and_are_stamped_when_sent()
    {
        var time = new ManualTimeProvider();
        var created = Enumerable.Range(0, 8).Select(i => CorpusStart.AddMinutes(10 * i)).ToList();
        var timeline = new DemoTimeline(created, TimeSpan.FromSeconds(4), time);

        var pending = timeline.ScheduleAsync(Post(created[6]), 7, default).AsTask();
        await time.WaitForTimerAsync();
        var wait = Assert.Single(time.ArmedDelays);
        time.Advance(wait);
        var post = await pending;

        Assert.InRange(wait, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(6));
        Assert.Equal(time.GetUtcNow(), post.CreatedAt);
    }

    private static RawPost Post(DateTimeOffset createdAt) => new() { MonitorId = 1, SourceId = "x", Text = "demo", CreatedAt = createdAt };
}
