using Microsoft.EntityFrameworkCore;
using SentimentDashboard.Audit;
using SentimentDashboard.Data;

namespace SentimentDashboard.Alerts;

/// <summary>
/// The alert rules: admins' edits (validated and audited) and the enabled rules the evaluator reads, cached until the
/// next edit.
/// </summary>
public sealed class AlertRuleStore(IDbContextFactory<DashboardDbContext> contexts, AuditLog audit, TimeProvider time)
{
    private volatile IReadOnlyList<AlertRuleEntity>? _enabled;
    private long _version;

    public async Task<IReadOnlyList<AlertRuleEntity>> ListAsync(CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.AlertRules.AsNoTracking().OrderBy(r => r.Name).ThenBy(r => r.Id).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AlertRuleEntity>> EnabledAsync(CancellationToken cancellationToken)
    {
        if (_enabled is { } cached)
        {
            return cached;
        }

        // An edit while this reads leaves the cache empty, so the next call reads the edit.
        var version = Interlocked.Read(ref _version);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var enabled = await context.AlertRules.AsNoTracking().Where(r => r.Enabled).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        if (Interlocked.Read(ref _version) == version)
        {
            _enabled = enabled;
        }

        return enabled;
    }

    /// <summary>Creates (<paramref name="id"/> null) or changes a rule; the problems when it is not valid (nothing saved), or the rule's id.</summary>
    public async Task<(long? Id, IReadOnlyList<string> Problems)> SaveAsync(long? id, AlertRuleSnapshot rule, string actor, CancellationToken cancellationToken)
    {
        if (rule.Problems() is { Count: > 0 } problems)
        {
            return (null, problems);
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        if (rule.MonitorId is { } monitor && !await context.Monitors.AnyAsync(m => m.Id == monitor, cancellationToken))
        {
            return (null, [$"There is no monitor {monitor}."]);
        }

        var entity = id is { } existing ? await context.AlertRules.FindAsync([existing], cancellationToken) : new AlertRuleEntity { Name = rule.Name };
        if (entity is null)
        {
            return (null, ["The rule was deleted meanwhile."]);
        }

        var before = id is null ? null : AlertRuleSnapshot.Of(entity);
        rule.ApplyTo(entity);
        entity.UpdatedAt = time.GetUtcNow();
        if (id is null)
        {
            context.AlertRules.Add(entity);
        }

        await context.SaveChangesAsync(cancellationToken);
        Forget();
        await audit.WriteAsync(
            new AuditRecord(actor, id is null ? AuditActions.AlertRuleCreated : AuditActions.AlertRuleChanged, entity.Name, before, AlertRuleSnapshot.Of(entity)),
            cancellationToken);
        return (entity.Id, []);
    }

    private void Forget()
    {
        Interlocked.Increment(ref _version);
        _enabled = null;
    }

    public async Task<bool> DeleteAsync(long id, string actor, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        if (await context.AlertRules.FindAsync([id], cancellationToken) is not { } rule)
        {
            return false;
        }

        context.AlertRules.Remove(rule);
        await context.SaveChangesAsync(cancellationToken);
        Forget();
        await audit.WriteAsync(new AuditRecord(actor, AuditActions.AlertRuleDeleted, rule.Name, AlertRuleSnapshot.Of(rule)), cancellationToken);
        return true;
    }
}
