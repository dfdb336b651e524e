using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SentimentDashboard.Data;

namespace SentimentDashboard.Monitoring;

/// <summary>
/// Adds, pauses, resumes, deletes and lists monitors. Every change is stored, then signalled to the monitoring
/// service, which starts or stops the monitor's source. The same monitor twice (same kind and normalized target,
/// see <see cref="MonitorTargets.Normalize"/>) is refused with a message saying which one exists.
/// </summary>
public sealed partial class MonitorRegistry(
    IDbContextFactory<DashboardDbContext> contexts,
    MonitorSignals signals,
    TimeProvider time,
    ILogger<MonitorRegistry> logger)
{
    private const int SqliteConstraintViolation = 19;

    /// <summary>Adds a monitor; refuses a duplicate or a target that cannot be watched.</summary>
    public Task<MonitorAddResult> AddAsync(MonitorKind kind, string target, CancellationToken cancellationToken = default) =>
        AddAsync(kind, target, keepExisting: false, cancellationToken);

    /// <summary>Adds a monitor, or keeps (and resumes, if paused) the one that exists: the command line's <c>--monitor</c> and <c>--replay</c>.</summary>
    public Task<MonitorAddResult> EnsureAsync(MonitorKind kind, string target, CancellationToken cancellationToken = default) =>
        AddAsync(kind, target, keepExisting: true, cancellationToken);

    public Task<bool> PauseAsync(long monitorId, CancellationToken cancellationToken = default) => SetPausedAsync(monitorId, true, cancellationToken);

    public Task<bool> ResumeAsync(long monitorId, CancellationToken cancellationToken = default) => SetPausedAsync(monitorId, false, cancellationToken);

    /// <summary>Deletes a monitor with its posts and lives; false when there is no such monitor.</summary>
    public async Task<bool> DeleteAsync(long monitorId, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var deleted = await context.Monitors.Where(m => m.Id == monitorId).ExecuteDeleteAsync(cancellationToken) > 0;
        if (deleted)
        {
            LogDeleted(logger, monitorId);
            signals.Changed(monitorId);
        }

        return deleted;
    }

    public async Task<IReadOnlyList<MonitorInfo>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var monitors = await context.Monitors.AsNoTracking().OrderBy(m => m.Id).ToListAsync(cancellationToken);
        return [.. monitors.Select(ToInfo)];
    }

    /// <summary>One page of the monitors, by id unless sorted by kind, target, state, last item or creation time.</summary>
    /// <summary>A page of monitors; a search keeps those whose target contains it, ignoring case.</summary>
    public async Task<RowPage<MonitorInfo>> PageAsync(PageRequest page, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var monitors = context.Monitors.AsNoTracking();
        if (page.SearchText is { } search)
        {
            monitors = monitors.Where(m => m.Target.ToLower().Contains(search.ToLower()));
        }

        var sorted = page.SortBy switch
        {
            nameof(MonitorInfo.Kind) => monitors.SortBy(m => m.Kind, page.Descending),
            nameof(MonitorInfo.Target) => monitors.SortBy(m => m.Target, page.Descending),
            nameof(MonitorInfo.State) => monitors.SortBy(m => m.State, page.Descending),
            nameof(MonitorInfo.LastItemAt) => monitors.SortBy(m => m.LastItemAt, page.Descending),
            nameof(MonitorInfo.CreatedAt) => monitors.SortBy(m => m.CreatedAt, page.Descending),
            _ => monitors.SortBy(m => m.Id, page.Descending && page.Sorts(nameof(MonitorInfo.Id))),
        };
        var rows = await sorted.ThenBy(m => m.Id).Skip(page.Skip).Take(page.Take).ToListAsync(cancellationToken);
        return new RowPage<MonitorInfo>([.. rows.Select(ToInfo)], await monitors.CountAsync(cancellationToken));
    }

    /// <summary>How many posts of the monitor are stored: what deleting it removes.</summary>
    public async Task<int> PostCountAsync(long monitorId, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.Posts.CountAsync(p => p.MonitorId == monitorId, cancellationToken);
    }

    public async Task<MonitorInfo?> FindAsync(long monitorId, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var monitor = await context.Monitors.AsNoTracking().FirstOrDefaultAsync(m => m.Id == monitorId, cancellationToken);
        return monitor is null ? null : ToInfo(monitor);
    }

    private async Task<MonitorAddResult> AddAsync(MonitorKind kind, string target, bool keepExisting, CancellationToken cancellationToken)
    {
        if (MonitorTargets.Problem(kind, target) is { } problem)
        {
            return MonitorAddResult.Refused(problem);
        }

        var normalized = MonitorTargets.Normalize(kind, target);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var existing = await context.Monitors.FirstOrDefaultAsync(m => m.Kind == kind && m.NormalizedTarget == normalized, cancellationToken);
        if (existing is not null)
        {
            if (!keepExisting)
            {
                return MonitorAddResult.Refused(Duplicate(existing.Kind, existing.Target, existing.Id));
            }

            if (existing.Paused)
            {
                existing.Paused = false;
                await context.SaveChangesAsync(cancellationToken);
                signals.Changed(existing.Id);
            }

            return new MonitorAddResult(ToInfo(existing), false, null);
        }

        var monitor = new MonitorEntity
        {
            Kind = kind,
            Target = MonitorTargets.Canonical(kind, target),
            NormalizedTarget = normalized,
            State = MonitorState.Starting,
            CreatedAt = time.GetUtcNow(),
        };
        context.Monitors.Add(monitor);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is SqliteException { SqliteErrorCode: SqliteConstraintViolation })
        {
            // Added by someone else between the check and the insert.
            return MonitorAddResult.Refused(Duplicate(kind, monitor.Target, null));
        }

        LogAdded(logger, monitor.Id, MonitorTargets.KindName(kind), monitor.Target);
        signals.Changed(monitor.Id);
        return new MonitorAddResult(ToInfo(monitor), true, null);
    }

    private async Task<bool> SetPausedAsync(long monitorId, bool paused, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var changed = await context.Monitors.Where(m => m.Id == monitorId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Paused, paused), cancellationToken) > 0;
        if (changed)
        {
            signals.Changed(monitorId);
        }

        return changed;
    }

    private static string Duplicate(MonitorKind kind, string target, long? id) =>
        $"{Sentence(MonitorTargets.AKind(kind))} monitor of '{target}' already exists{(id is null ? "" : $" (monitor #{id})")}; each monitor can be added once.";

    private static string Sentence(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static MonitorInfo ToInfo(MonitorEntity m) =>
        new(m.Id, m.Kind, m.Target, m.Paused, m.State, m.LastError, m.LastItemAt, m.CreatedAt, m.Cursor);

    [LoggerMessage(Level = LogLevel.Information, Message = "Monitor #{Id} added: {Kind} {Target}")]
    private static partial void LogAdded(ILogger logger, long id, string kind, string target);

    [LoggerMessage(Level = LogLevel.Information, Message = "Monitor #{Id} deleted")]
    private static partial void LogDeleted(ILogger logger, long id);
}
