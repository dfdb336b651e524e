using Microsoft.EntityFrameworkCore;
using SentimentDashboard.Audit;
using SentimentDashboard.Data;

namespace SentimentDashboard.Alerts;

/// <summary>Alerts for pages, the API and exports, and what users do with them: read, acknowledge with a note.</summary>
public sealed class AlertQueries(IDbContextFactory<DashboardDbContext> contexts, AuditLog audit, TimeProvider time)
{
    /// <summary>The alerts of <paramref name="filter"/>, newest first; <paramref name="userId"/> null: read by nobody.</summary>
    public async Task<IReadOnlyList<AlertRow>> ListAsync(AlertFilter filter, string? userId, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var alerts = context.Alerts.AsNoTracking();
        if (filter.Severity is { } severity)
        {
            alerts = alerts.Where(a => a.Severity == severity);
        }

        if (filter.Kind is { } kind)
        {
            alerts = alerts.Where(a => a.Kind == kind);
        }

        if (filter.MonitorId is { } monitor)
        {
            alerts = alerts.Where(a => a.MonitorId == monitor);
        }

        if (filter.OpenOnly)
        {
            alerts = alerts.Where(a => a.AcknowledgedAt == null);
        }

        if (filter.UnreadOnly)
        {
            alerts = alerts.Where(a => !context.AlertReads.Any(r => r.AlertId == a.Id && r.UserId == userId));
        }

        return await alerts
            .OrderByDescending(a => a.Id)
            .Take(filter.Limit)
            .Select(a => new AlertRow(
                a.Id, a.CreatedAt, a.UpdatedAt, a.RuleName, a.Kind, a.Severity, a.Title, a.Detail, a.Count, a.MonitorId,
                context.Monitors.Where(m => m.Id == a.MonitorId).Select(m => m.Target).FirstOrDefault(),
                context.AlertReads.Any(r => r.AlertId == a.Id && r.UserId == userId),
                a.AcknowledgedAt, a.AcknowledgedByName, a.AcknowledgeNote))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The alert's span in time, or null when it is gone.</summary>
    public async Task<AlertSpan?> SpanAsync(long alertId, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var alert = await context.Alerts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == alertId, cancellationToken);
        if (alert is null)
        {
            return null;
        }

        var posts = context.Posts.Where(p => context.AlertPosts.Any(l => l.AlertId == alertId && l.PostId == p.Id));
        var first = await posts.OrderBy(p => p.CreatedAt).Select(p => (DateTimeOffset?)p.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        var last = await posts.OrderByDescending(p => p.CreatedAt).Select(p => (DateTimeOffset?)p.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        var count = await posts.CountAsync(cancellationToken);
        return new AlertSpan(alert.Id, alert.Title, alert.Severity, alert.MonitorId, count, first ?? alert.FirstAt, last ?? alert.UpdatedAt);
    }

    public async Task<int> UnreadCountAsync(string userId, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.Alerts.CountAsync(a => !context.AlertReads.Any(r => r.AlertId == a.Id && r.UserId == userId), cancellationToken);
    }

    /// <summary>Marks the alerts read for the user (those already read stay as they were).</summary>
    public async Task MarkReadAsync(string userId, IReadOnlyCollection<long> alertIds, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var read = await context.AlertReads.Where(r => r.UserId == userId && alertIds.Contains(r.AlertId)).Select(r => r.AlertId).ToListAsync(cancellationToken);
        var existing = await context.Alerts.Where(a => alertIds.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        context.AlertReads.AddRange(existing.Except(read).Select(id => new AlertReadEntity { AlertId = id, UserId = userId, ReadAt = now }));
        await context.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Acknowledges the alert for everyone (and marks it read for the user); false when it is gone or was acknowledged already.</summary>
    public async Task<bool> AcknowledgeAsync(long alertId, string userId, string actor, string? note, CancellationToken cancellationToken)
    {
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (await context.Alerts.FindAsync([alertId], cancellationToken) is not { AcknowledgedAt: null } alert)
            {
                return false;
            }

            (alert.AcknowledgedAt, alert.AcknowledgedBy, alert.AcknowledgedByName) = (time.GetUtcNow(), userId, actor);
            alert.AcknowledgeNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim()[..Math.Min(note.Trim().Length, 1000)];
            await context.SaveChangesAsync(cancellationToken);
            await audit.WriteAsync(new AuditRecord(actor, AuditActions.AlertAcknowledged, alert.Title, After: new { alert.Id, Note = alert.AcknowledgeNote }), cancellationToken);
        }

        await MarkReadAsync(userId, [alertId], cancellationToken);
        return true;
    }
}
