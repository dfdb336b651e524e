using Microsoft.EntityFrameworkCore;
using SentimentDashboard.Data;

namespace SentimentDashboard.Audit;

/// <summary>Reads the audit log for the Audit page and its CSV export, newest first.</summary>
public sealed class AuditQueries(IDbContextFactory<DashboardDbContext> contexts)
{
    public async Task<RowPage<AuditEntryEntity>> PageAsync(AuditFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var query = Filtered(context, filter with { Search = page.SearchText ?? filter.Search });
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Skip(page.Skip).Take(page.Take).ToListAsync(cancellationToken);
        return new RowPage<AuditEntryEntity>(rows, total);
    }

    public async IAsyncEnumerable<AuditEntryEntity> AllAsync(AuditFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await foreach (var entry in Filtered(context, filter).OrderByDescending(e => e.At).ThenByDescending(e => e.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return entry;
        }
    }

    private static IQueryable<AuditEntryEntity> Filtered(DashboardDbContext context, AuditFilter filter)
    {
        var query = context.AuditEntries.AsNoTracking();
        if (filter.Action is { } action)
        {
            query = query.Where(e => e.Action == action);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim();
            query = query.Where(e => e.Actor.Contains(text) || (e.Target != null && e.Target.Contains(text)) || (e.Address != null && e.Address.Contains(text)));
        }

        return query;
    }
}
