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
        return await Summaries(Sorted(Joined(context), new PageRequest(0, limit)).Take(limit)).ToListAsync(cancellation);
    }

    /// <summary>One page of the lives: current ones first and newest first, unless sorted by a column of the table.</summary>
    /// <summary>A page of lives; a search keeps those whose title or stream contains it, ignoring case.</summary>
    public async Task<RowPage<LiveSummary>> PageAsync(PageRequest page, CancellationToken cancellation = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellation);
        var lives = Joined(context);
        if (page.SearchText is { } search)
        {
            lives = lives.Where(l => l.Target.ToLower().Contains(search.ToLower()) || (l.Live.Title != null && l.Live.Title.ToLower().Contains(search.ToLower())));
        }

        var rows = await Summaries(Sorted(lives, page).Skip(page.Skip).Take(page.Take)).ToListAsync(cancellation);
        return new RowPage<LiveSummary>(rows, await lives.CountAsync(cancellation));
    }

    public async Task<LiveSummary?> GetAsync(long id, CancellationToken cancellation = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellation);
        return await Summaries(Joined(context).Where(l => l.Live.Id == id)).FirstOrDefaultAsync(cancellation);
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

    private static IQueryable<LiveRow> Joined(DashboardDbContext context) =>
        from live in context.Lives.AsNoTracking()
        join monitor in context.Monitors on live.MonitorId equals monitor.Id
        select new LiveRow { Live = live, Target = monitor.Target };

    private static IQueryable<LiveRow> Sorted(IQueryable<LiveRow> lives, PageRequest page)
    {
        var sorted = page.SortBy switch
        {
            nameof(LiveSummary.Title) => lives.SortBy(l => l.Live.Title, page.Descending),
            nameof(LiveSummary.Target) => lives.SortBy(l => l.Target, page.Descending),
            nameof(LiveSummary.StartedAt) => lives.SortBy(l => l.Live.StartedAt, page.Descending),
            nameof(LiveSummary.PeakViewers) => lives.SortBy(l => l.Live.PeakViewers, page.Descending),
            nameof(LiveSummary.Segments) => lives.SortBy(l => l.Live.Segments, page.Descending),
            nameof(LiveSummary.DroppedSegments) => lives.SortBy(l => l.Live.DroppedSegments, page.Descending),
            _ => lives.OrderBy(l => l.Live.EndedAt != null),
        };
        return sorted.ThenByDescending(l => l.Live.StartedAt).ThenByDescending(l => l.Live.Id);
    }

    private static IQueryable<LiveSummary> Summaries(IQueryable<LiveRow> lives) =>
        lives.Select(l => new LiveSummary(
            l.Live.Id, l.Live.MonitorId, l.Target, l.Live.Title, l.Live.StartedAt, l.Live.EndedAt,
            l.Live.Viewers, l.Live.PeakViewers, l.Live.Segments, l.Live.DroppedSegments, l.Live.Reconnects));

    /// <summary>A live and its monitor's target, before projection, so queries can sort by either.</summary>
    private sealed class LiveRow
    {
        public required LiveEntity Live { get; init; }

        public required string Target { get; init; }
    }
}
