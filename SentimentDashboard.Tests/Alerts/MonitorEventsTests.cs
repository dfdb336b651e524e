using SentimentDashboard.Alerts;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Pipeline;

namespace SentimentDashboard.Tests.Alerts;

public sealed class MonitorEventsTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly AlertRuleEntity Silence = new()
    {
        Id = 7, Name = "Quiet", Kind = AlertRuleKind.MonitorEvent, Events = MonitorEventKind.FellSilent | MonitorEventKind.WentLive, SilentMinutes = 10,
    };

    [Fact]
    public void A_running_monitor_without_posts_falls_silent_once_per_silence()
    {
        var events = new MonitorEvents();
        events.OnStatus([Silence], Status(1, MonitorState.Running, Start));
        events.OnPosts(Batch(1, Start.AddMinutes(5)));

        Assert.Empty(events.OnTick([Silence], Start.AddMinutes(14)));
        var hit = Assert.Single(events.OnTick([Silence], Start.AddMinutes(15)));
        Assert.Equal(1, hit.MonitorId);
        Assert.Equal("No post for 10 min", hit.Detail);
        Assert.Empty(events.OnTick([Silence], Start.AddMinutes(30)));

        events.OnPosts(Batch(1, Start.AddMinutes(31)));
        Assert.Single(events.OnTick([Silence], Start.AddMinutes(41)));
    }

    [Fact]
    public void A_paused_or_finished_monitor_is_not_silent()
    {
        var events = new MonitorEvents();
        events.OnStatus([Silence], Status(1, MonitorState.Paused, Start));
        events.OnStatus([Silence], Status(2, MonitorState.Finished, Start));

        Assert.Empty(events.OnTick([Silence], Start.AddHours(5)));
    }

    [Fact]
    public void Going_live_matches_and_an_unwatched_event_does_not()
    {
        var events = new MonitorEvents();

        var live = Assert.Single(events.OnLive([Silence], new LiveEvent(LiveEventKind.Started, 3, 4, Start, "Evening news")));
        Assert.Equal("went live: Evening news", live.Detail);
        Assert.Equal(1, live.Events);
        Assert.Empty(events.OnLive([Silence], new LiveEvent(LiveEventKind.Ended, 3, 4, Start, null)));
        Assert.Empty(events.OnStatus([Silence], Status(4, MonitorState.Error, Start)));
    }

    private static MonitorStatusChange Status(long monitor, MonitorState state, DateTimeOffset at) => new(monitor, new MonitorLiveStatus(state, null, at, 0));

    private static CommittedBatch Batch(long monitor, DateTimeOffset at) =>
        new([new LivePost(1, monitor, MonitorKind.Replay, "p", at, null, "en", "text", null, [], null)], [], [], at);
}
