using Microsoft.EntityFrameworkCore;
using SentimentDashboard.Data;
using SentimentDashboard.Pipeline;

namespace SentimentDashboard.Alerts;

/// <summary>
/// The posts the alert rules have not seen: those stored after <see cref="AlertMarkEntity"/> (posts are numbered in
/// commit order), committed in the moment before a crash. A database without a mark (new, or just upgraded) starts
/// its mark at its newest post, so that history raises no alerts.
/// </summary>
public sealed class AlertCatchUp(IDbContextFactory<DashboardDbContext> contexts, TimeProvider time)
{
    /// <summary>Up to <paramref name="limit"/> unseen posts, oldest first, and the newest stored post the mark may move to.</summary>
    public async Task<AlertBacklog> PendingAsync(int limit, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var newest = await context.Posts.MaxAsync(p => (long?)p.Id, cancellationToken) ?? 0;
        var mark = await context.AlertMarks.FindAsync([AlertMarkEntity.SingleId], cancellationToken);
        if (mark is null)
        {
            context.AlertMarks.Add(new AlertMarkEntity { LastPostId = newest, UpdatedAt = time.GetUtcNow() });
            await context.SaveChangesAsync(cancellationToken);
            return new AlertBacklog([], newest, Skipped: 0);
        }

        var unseen = context.Posts.AsNoTracking().Where(p => p.Id > mark.LastPostId && p.Id <= newest && !p.Deleted);
        var posts = await unseen.OrderBy(p => p.Id).Take(limit).ToListAsync(cancellationToken);
        var skipped = posts.Count < limit ? 0 : await unseen.CountAsync(cancellationToken) - posts.Count;
        return new AlertBacklog([.. posts.Select(ToLive)], newest, skipped);
    }

    private static LivePost ToLive(PostEntity post) => new(
        post.Id, post.MonitorId, post.MonitorKind, post.SourceId, post.CreatedAt, post.Author, post.Language, post.Text, post.Url,
        post.Tags.Split(' ', StringSplitOptions.RemoveEmptyEntries), post.Scored ? Scores(post) : null);

    private static PostScores Scores(PostEntity post) => new(
        post.Negative ?? 0, post.Neutral ?? 0, post.Positive ?? 0, post.Hate ?? 0, post.Offensive ?? 0,
        post.Anger ?? 0, post.Joy ?? 0, post.Optimism ?? 0, post.Sadness ?? 0, post.Risk ?? 0);
}
