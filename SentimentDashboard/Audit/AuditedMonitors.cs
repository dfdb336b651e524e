using SentimentDashboard.Monitoring;

namespace SentimentDashboard.Audit;

/// <summary>
/// The monitor changes people make (on the Monitors page, through the API), done through the registry and recorded in
/// the audit log with the monitor before and after. Monitors the command line or the demo add are not people's acts.
/// </summary>
public sealed class AuditedMonitors(MonitorRegistry registry, AuditLog audit)
{
    public async Task<MonitorAddResult> AddAsync(MonitorKind kind, string target, string actor, CancellationToken cancellationToken = default)
    {
        var result = await registry.AddAsync(kind, target, cancellationToken);
        if (result is { Created: true, Monitor: { } added })
        {
            await audit.WriteAsync(new AuditRecord(actor, AuditActions.MonitorAdded, Name(added), After: Snapshot(added)), cancellationToken);
        }

        return result;
    }

    public Task<bool> PauseAsync(long id, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, actor, AuditActions.MonitorPaused, registry.PauseAsync, cancellationToken);

    public Task<bool> ResumeAsync(long id, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, actor, AuditActions.MonitorResumed, registry.ResumeAsync, cancellationToken);

    public Task<bool> DeleteAsync(long id, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, actor, AuditActions.MonitorDeleted, registry.DeleteAsync, cancellationToken);

    private async Task<bool> ChangeAsync(
        long id, string actor, string action, Func<long, CancellationToken, Task<bool>> change, CancellationToken cancellationToken)
    {
        var before = await registry.FindAsync(id, cancellationToken);
        if (before is null || !await change(id, cancellationToken))
        {
            return false;
        }

        var after = await registry.FindAsync(id, cancellationToken);
        await audit.WriteAsync(new AuditRecord(actor, action, Name(before), Snapshot(before), after is null ? null : Snapshot(after)), cancellationToken);
        return true;
    }

    private static string Name(MonitorInfo monitor) => $"#{monitor.Id} {MonitorTargets.KindName(monitor.Kind)}: {monitor.Target}";

    private static MonitorSnapshot Snapshot(MonitorInfo monitor) => new(monitor.Id, MonitorTargets.KindName(monitor.Kind), monitor.Target, monitor.Paused);

    private sealed record MonitorSnapshot(long Id, string Kind, string Target, bool Paused);
}
