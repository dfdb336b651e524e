using Microsoft.EntityFrameworkCore;
using SentimentDashboard.Audio;
using SentimentDashboard.Data;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Monitoring.Live;
using SentimentDashboard.Pipeline;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Monitoring.Live;

public sealed class LiveSessionsTests : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private readonly ManualTimeProvider _time = new();
    private readonly List<LiveEvent> _events = [];
    private PipelineHost _host = null!;
    private LiveSessions _sessions = null!;
    private long _monitorId;

    public async Task InitializeAsync()
    {
        _host = await PipelineHost.StartAsync(Path.Combine(_temp.Path, "app.db"));
        _sessions = new LiveSessions(_host.Get<IDbContextFactory<DashboardDbContext>>(), _host.Hub, _time);
        _host.Hub.SubscribeLives(e =>
        {
            lock (_events)
            {
                _events.Add(e);
            }
        });
        // Sessions do not care about the monitor's kind; a live monitor would run its own source beside the test.
        _monitorId = (await _host.Registry.AddAsync(MonitorKind.Replay, _temp.Write("empty.jsonl", ""))).Monitor!.Id;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task OpenAsync_NoOpenLive_StartsOneWithTitleAndViewers()
    {
        var live = await _sessions.OpenAsync(_monitorId, new StreamProbe(StreamAvailability.Live, "http://x", "Town hall", 120), default);

        var stored = await LoadAsync(live.Id);
        Assert.Equal(("Town hall", 120, 120, _time.GetUtcNow()), (stored.Title, stored.Viewers, stored.PeakViewers, stored.StartedAt));
        Assert.Null(stored.EndedAt);
        Assert.Equal([LiveEventKind.Started], Kinds());
    }

    [Fact]
    public async Task OpenAsync_LiveAlreadyOpen_TakesItUpAndKeepsThePeak()
    {
        var first = await _sessions.OpenAsync(_monitorId, new StreamProbe(StreamAvailability.Live, "http://x", "Town hall", 120), default);
        _time.Advance(TimeSpan.FromMinutes(2));

        var second = await _sessions.OpenAsync(_monitorId, new StreamProbe(StreamAvailability.Live, "http://x", null, 80), default);

        Assert.Equal(first.Id, second.Id);
        var stored = await LoadAsync(first.Id);
        Assert.Equal(("Town hall", 80, 120), (stored.Title, stored.Viewers, stored.PeakViewers));
        Assert.Equal([LiveEventKind.Started, LiveEventKind.Updated], Kinds());
    }

    [Fact]
    public async Task EndAsync_OpenLive_EndsItNowAndPublishesEnded()
    {
        var live = await _sessions.OpenAsync(_monitorId, new StreamProbe(StreamAvailability.Live, "http://x"), default);
        _time.Advance(TimeSpan.FromMinutes(3));

        Assert.True(await _sessions.EndAsync(_monitorId, default));
        Assert.False(await _sessions.EndAsync(_monitorId, default));

        Assert.Equal(_time.GetUtcNow(), (await LoadAsync(live.Id)).EndedAt);
        Assert.Equal([LiveEventKind.Started, LiveEventKind.Ended], Kinds());
    }

    [Fact]
    public async Task OpenAsync_OpenLiveSilentForLong_EndsItAtItsLastSegmentAndStartsANewOne()
    {
        var old = await _sessions.OpenAsync(_monitorId, new StreamProbe(StreamAvailability.Live, "http://x"), default);
        var lastSegment = _time.GetUtcNow().AddSeconds(15);
        await _sessions.SegmentTranscribedAsync(old.Id, lastSegment, default);
        _time.Advance(TimeSpan.FromHours(5));

        var fresh = await _sessions.OpenAsync(_monitorId, new StreamProbe(StreamAvailability.Live, "http://x"), default);

        Assert.NotEqual(old.Id, fresh.Id);
        Assert.Equal(lastSegment, (await LoadAsync(old.Id)).EndedAt);
        Assert.Equal([LiveEventKind.Started, LiveEventKind.Ended, LiveEventKind.Started], Kinds());
    }

    [Fact]
    public async Task Segment_counters_add_up()
    {
        var live = await _sessions.OpenAsync(_monitorId, new StreamProbe(StreamAvailability.Live, "http://x"), default);

        await _sessions.SegmentTranscribedAsync(live.Id, _time.GetUtcNow(), default);
        await _sessions.SegmentTranscribedAsync(live.Id, _time.GetUtcNow(), default);
        await _sessions.SegmentDroppedAsync(live.Id, default);
        await _sessions.ReconnectedAsync(live.Id, default);

        var stored = await LoadAsync(live.Id);
        Assert.Equal((2, 1, 1), (stored.Segments, stored.DroppedSegments, stored.Reconnects));
    }

    private async Task<LiveEntity> LoadAsync(long id)
    {
        await using var context = await _host.CreateDbContextAsync();
        return await context.Lives.AsNoTracking().SingleAsync(l => l.Id == id);
    }

    private List<LiveEventKind> Kinds()
    {
        lock (_events)
        {
            return _events.Where(e => e.MonitorId == _monitorId).Select(e => e.Kind).ToList();
        }
    }
}
