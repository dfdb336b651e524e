using Microsoft.EntityFrameworkCore;
using SentimentDashboard.Data;

namespace SentimentDashboard.Analysis.Lives;

/// <summary>Reads lives and their transcripts for the Lives pages.</summary>
public sealed class LiveQueries(IDbContextFactory<DashboardDbContext> contexts, TimeProvider time)
{
    /// <summary>Segments shown on a live's page: the newest ones of a very long live.</summary>
    public const int SegmentLimit = 2_000;

    /// <summary>Whether a transcript from <see cref="TranscriptAsync"/> holds only the newest segments of its live.</summary>
    public static bool IsTruncated(IReadOnlyCollection<TranscriptSegment> transcript) => transcript.Count >= SegmentLimit;

    /// <summary>Current lives first, then past ones, newest first.</summary>
    public async Task<IReadOnlyList<LiveSummary>> ListAsync(int limit, CancellationToken cancellation = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellation);
        var newest = context.Lives.AsNoTracking().OrderBy(l => l.EndedAt != null).ThenByDescending(l => l.StartedAt).Take(limit);
        var lives = await Summaries(newest, context).ToListAsync(cancellation);

        // The join does not keep the order of the subquery that chose the rows.
        return [.. lives.OrderBy(l => !l.IsLive).ThenByDescending(l => l.StartedAt)];
    }

    public async Task<LiveSummary?> GetAsync(long id, CancellationToken cancellation = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellation);
        return await Summaries(context.Lives.AsNoTracking().Where(l => l.Id == id), context).FirstOrDefaultAsync(cancellation);
    }

    /// <summary>The live's transcript, oldest first (the newest <see cref="SegmentLimit"/> segments).</summary>
    public async Task<IReadOnlyList<TranscriptSegment>> TranscriptAsync(LiveSummary live, CancellationToken cancellation = default)
    {
        var span = live.Posts(time.GetUtcNow()).Range;
        var (from, to) = (span.From!.Value, span.To!.Value);
        await using var context = await contexts.CreateDbContextAsync(cancellation);
        var segments = await context.Posts.AsNoTracking()
            .Where(p => p.MonitorId == live.MonitorId && !p.Deleted && p.CreatedAt >= from && p.CreatedAt < to)
            .OrderByDescending(p => p.CreatedAt)
            .Take(SegmentLimit)
            .Select(p => new TranscriptSegment(p.Id, p.CreatedAt, p.Text, p.Sentiment, p.Emotion, p.Hate, p.Offensive, p.Risk))
            .ToListAsync(cancellation);
        segments.Reverse();
        return segments;
    }

    private static IQueryable<LiveSummary> Summaries(IQueryable<LiveEntity> lives, DashboardDbContext context) =>
        from live in lives
        join monitor in context.Monitors on live.MonitorId equals monitor.Id
        select new LiveSummary(
            live.Id, live.MonitorId, monitor.Target, live.Title, live.StartedAt, live.EndedAt,
            live.Viewers, live.PeakViewers, live.Segments, live.DroppedSegments, live.Reconnects);
}
