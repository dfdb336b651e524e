using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using SentimentDashboard.Audio;
using SentimentDashboard.Data;
using SentimentDashboard.Pipeline;

namespace SentimentDashboard.Monitoring.Live;

/// <summary>
/// The Lives table as live monitors write it: a live opens when a stream is found live (or the open one of an earlier
/// run is taken up again after a restart or reconnect), counts its segments, and ends when the stream is gone. Starts
/// and ends are published on the <see cref="LiveHub"/>.
/// </summary>
public sealed class LiveSessions(IDbContextFactory<DashboardDbContext> contexts, LiveHub hub, TimeProvider time)
{
    /// <summary>An open live with no news for this long (the app was stopped during it) is ended at its last news, not taken up again.</summary>
    private static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(10);

    public async Task<LiveEntity> OpenAsync(long monitorId, StreamProbe probe, CancellationToken cancellation)
    {
        await EndAsync(monitorId, staleOnly: true, cancellation);
        await using var context = await contexts.CreateDbContextAsync(cancellation);
        var live = await context.Lives.Where(l => l.MonitorId == monitorId && l.EndedAt == null)
            .OrderByDescending(l => l.Id).FirstOrDefaultAsync(cancellation);
        var started = live is null;
        live ??= context.Lives.Add(new LiveEntity { MonitorId = monitorId, StartedAt = time.GetUtcNow() }).Entity;
        live.Title = probe.Title ?? live.Title;
        if (probe.Viewers is { } viewers)
        {
            live.Viewers = viewers;
            live.PeakViewers = Math.Max(live.PeakViewers ?? 0, viewers);
        }

        await context.SaveChangesAsync(cancellation);
        hub.PublishLive(new LiveEvent(started ? LiveEventKind.Started : LiveEventKind.Updated, live.Id, monitorId, time.GetUtcNow(), live.Title));
        return live;
    }

    /// <summary>Ends the monitor's open live, if any: now, or at its last news when it is stale. Returns whether one was open.</summary>
    public Task<bool> EndAsync(long monitorId, CancellationToken cancellation) => EndAsync(monitorId, staleOnly: false, cancellation);

    private async Task<bool> EndAsync(long monitorId, bool staleOnly, CancellationToken cancellation)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellation);
        var now = time.GetUtcNow();
        var open = await context.Lives.Where(l => l.MonitorId == monitorId && l.EndedAt == null).ToListAsync(cancellation);
        var ending = open.Where(live => !staleOnly || IsStale(live, now)).ToList();
        foreach (var live in ending)
        {
            live.EndedAt = IsStale(live, now) ? LastNewsOf(live) : now;
        }

        await context.SaveChangesAsync(cancellation);
        foreach (var live in ending)
        {
            hub.PublishLive(new LiveEvent(LiveEventKind.Ended, live.Id, monitorId, live.EndedAt!.Value, live.Title));
        }

        return ending.Count > 0;
    }

    private static DateTimeOffset LastNewsOf(LiveEntity live) => live.LastSegmentAt ?? live.StartedAt;

    private static bool IsStale(LiveEntity live, DateTimeOffset now) => now - LastNewsOf(live) > StaleAfter;

    public Task SegmentTranscribedAsync(long liveId, DateTimeOffset segmentEnd, CancellationToken cancellation) =>
        UpdateAsync(liveId, s => s.SetProperty(l => l.Segments, l => l.Segments + 1).SetProperty(l => l.LastSegmentAt, segmentEnd), cancellation);

    public Task SegmentDroppedAsync(long liveId, CancellationToken cancellation) =>
        UpdateAsync(liveId, s => s.SetProperty(l => l.DroppedSegments, l => l.DroppedSegments + 1), cancellation);

    public Task ReconnectedAsync(long liveId, CancellationToken cancellation) =>
        UpdateAsync(liveId, s => s.SetProperty(l => l.Reconnects, l => l.Reconnects + 1), cancellation);

    private async Task UpdateAsync(
        long liveId,
        Action<UpdateSettersBuilder<LiveEntity>> update,
        CancellationToken cancellation)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellation);
        await context.Lives.Where(l => l.Id == liveId).ExecuteUpdateAsync(update, cancellation);
    }
}
