using Microsoft.EntityFrameworkCore;
using SentimentDashboard.Data;

namespace SentimentDashboard.Alerts;

/// <summary>
/// Stores hits as alerts, each with the posts behind it, in one transaction per batch of hits: a hit joins its rule's
/// latest alert for the same monitor (<see cref="AlertGrouping"/>) or raises a new one. The same transaction moves
/// <see cref="AlertMarkEntity"/> to the newest post evaluated, so a crash can neither lose these alerts' posts nor
/// raise them twice.
/// </summary>
public sealed class AlertWriter(IDbContextFactory<DashboardDbContext> contexts, TimeProvider time)
{
    /// <summary>Writes the hits and, when <paramref name="evaluatedThrough"/> is given, the mark; nothing at all when both are empty.</summary>
    public async Task<IReadOnlyList<AlertNotice>> WriteAsync(IReadOnlyList<AlertHit> hits, long? evaluatedThrough, CancellationToken cancellationToken)
    {
        if (hits.Count == 0 && evaluatedThrough is null)
        {
            return [];
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        if (evaluatedThrough is { } through)
        {
            await MoveMarkAsync(context, through, cancellationToken);
        }

        var touched = new Dictionary<AlertEntity, bool>();
        foreach (var hit in hits)
        {
            var latest = await context.Alerts
                .Where(a => a.RuleId == hit.Rule.Id && a.MonitorId == hit.MonitorId)
                .OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id)
                .FirstOrDefaultAsync(cancellationToken);
            var alert = latest is not null && AlertGrouping.Joins(latest, hit.Rule, hit.At) ? latest : null;
            if (alert is null)
            {
                alert = new AlertEntity
                {
                    RuleId = hit.Rule.Id, RuleName = hit.Rule.Name, Kind = hit.Rule.Kind, Severity = hit.Rule.Severity, MonitorId = hit.MonitorId,
                    Title = "", FirstAt = hit.At, CreatedAt = hit.At,
                };
                context.Alerts.Add(alert);
                touched[alert] = true;
            }
            else
            {
                touched.TryAdd(alert, false);
            }

            var linked = await NewPostsAsync(context, alert, hit.PostIds, cancellationToken);
            alert.Count += linked.Count + hit.Events;
            alert.UpdatedAt = hit.At > alert.UpdatedAt ? hit.At : alert.UpdatedAt;
            alert.Detail = hit.Detail ?? alert.Detail;
            alert.Title = AlertGrouping.Title(alert);
            await context.SaveChangesAsync(cancellationToken);
            context.AlertPosts.AddRange(linked.Select(post => new AlertPostEntity { AlertId = alert.Id, PostId = post }));
            await context.SaveChangesAsync(cancellationToken);
        }

        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [.. touched.Select(t => new AlertNotice(t.Key.Id, t.Key.RuleId, t.Key.Title, t.Key.Severity, t.Key.MonitorId, t.Key.Count, t.Key.Detail, t.Value, t.Key.UpdatedAt))];
    }

    private async Task MoveMarkAsync(DashboardDbContext context, long through, CancellationToken cancellationToken)
    {
        var mark = await context.AlertMarks.FindAsync([AlertMarkEntity.SingleId], cancellationToken) ?? context.AlertMarks.Add(new AlertMarkEntity()).Entity;
        if (through > mark.LastPostId)
        {
            (mark.LastPostId, mark.UpdatedAt) = (through, time.GetUtcNow());
        }
    }

    /// <summary>
    /// The posts still stored (one may be deleted at its source meanwhile) and not yet behind the alert (a post met
    /// again, e.g. by a spike's later minute, is counted once).
    /// </summary>
    private static async Task<List<long>> NewPostsAsync(DashboardDbContext context, AlertEntity alert, IReadOnlyList<long> posts, CancellationToken cancellationToken)
    {
        var distinct = posts.Distinct().ToList();
        if (distinct.Count == 0)
        {
            return distinct;
        }

        return await context.Posts
            .Where(p => distinct.Contains(p.Id) && !context.AlertPosts.Any(l => l.AlertId == alert.Id && l.PostId == p.Id))
            .Select(p => p.Id).ToListAsync(cancellationToken);
    }
}
