using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SentimentDashboard.Data;
using SentimentDashboard.Pipeline;

namespace SentimentDashboard.Monitoring;

/// <summary>
/// Runs every monitor that is not paused with the <see cref="IPostSource"/> of its kind, restarts a failed one after
/// a growing delay (from its last committed cursor), follows the registry's changes, and stores the states sources
/// report. Startup monitors from the command line are added (or kept and resumed) first.
/// </summary>
public sealed partial class MonitoringService(
    IDbContextFactory<DashboardDbContext> contexts,
    IEnumerable<IPostSource> sources,
    ChannelQueue<RawPost> posts,
    MonitorRegistry registry,
    MonitorSignals signals,
    MonitorStatusBoard status,
    IOptions<MonitoringOptions> options,
    TimeProvider time,
    ILogger<MonitoringService> logger) : BackgroundService
{
    private static readonly TimeSpan HealthyRun = TimeSpan.FromMinutes(1);

    private readonly Dictionary<MonitorKind, IPostSource> _sources = sources.ToDictionary(s => s.Kind);
    private readonly Dictionary<long, Run> _runs = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await AddStartupMonitorsAsync(stoppingToken);
            await using (var context = await contexts.CreateDbContextAsync(stoppingToken))
            {
                foreach (var id in await context.Monitors.Select(m => m.Id).ToListAsync(stoppingToken))
                {
                    signals.Changed(id);
                }
            }

            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await HandleSignalsAsync(stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown while starting.
        }
        finally
        {
            foreach (var run in _runs.Values)
            {
                await run.Cancellation.CancelAsync();
            }

            await Task.WhenAll(_runs.Values.Select(r => r.Task));
        }
    }

    private async Task AddStartupMonitorsAsync(CancellationToken cancellationToken)
    {
        var specs = options.Value.Startup.ToList();
        if (options.Value.SeedDemo && options.Value.Startup.Count == 0)
        {
            await using var context = await contexts.CreateDbContextAsync(cancellationToken);
            if (!await context.Monitors.AnyAsync(cancellationToken))
            {
                specs.AddRange(MonitoringOptions.DemoMonitors);
            }
        }

        foreach (var spec in specs)
        {
            if (!MonitorTargets.TryParse(spec, out var kind, out var target, out var error))
            {
                LogStartupRefused(logger, spec, error!);
                continue;
            }

            var result = await registry.EnsureAsync(kind, target, cancellationToken);
            if (!result.Succeeded)
            {
                LogStartupRefused(logger, spec, result.Error!);
            }
        }
    }

    /// <summary>Waits for signals, then handles all that are pending, each monitor once.</summary>
    private async Task HandleSignalsAsync(CancellationToken stoppingToken)
    {
        if (!await signals.Reader.WaitToReadAsync(stoppingToken))
        {
            return;
        }

        var changed = new HashSet<long>();
        var statusChanged = new HashSet<long>();
        while (signals.Reader.TryRead(out var signal))
        {
            (signal.StatusOnly ? statusChanged : changed).Add(signal.MonitorId);
        }

        foreach (var id in changed)
        {
            await GuardAsync(id, () => ReconcileAsync(id, stoppingToken), stoppingToken);
        }

        foreach (var id in statusChanged)
        {
            await GuardAsync(id, () => StoreStatusAsync(id, stoppingToken), stoppingToken);
        }
    }

    private async Task GuardAsync(long monitorId, Func<Task> work, CancellationToken stoppingToken)
    {
        try
        {
            await work();
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            LogSignalFailed(logger, monitorId, e);
        }
    }

    /// <summary>Brings a monitor's run in line with what is stored: started when active, stopped when paused or deleted.</summary>
    private async Task ReconcileAsync(long monitorId, CancellationToken stoppingToken)
    {
        MonitorEntity? monitor;
        await using (var context = await contexts.CreateDbContextAsync(stoppingToken))
        {
            monitor = await context.Monitors.AsNoTracking().FirstOrDefaultAsync(m => m.Id == monitorId, stoppingToken);
        }

        if (monitor is null || monitor.Paused)
        {
            await StopAsync(monitorId);
            if (monitor is null)
            {
                status.Forget(monitorId);
            }
            else
            {
                status.Report(monitorId, MonitorState.Paused);
            }

            return;
        }

        if (_runs.TryGetValue(monitorId, out var previous))
        {
            if (!previous.Task.IsCompleted)
            {
                return;
            }

            previous.Cancellation.Dispose();
        }

        if (!_sources.TryGetValue(monitor.Kind, out var source))
        {
            status.Report(monitorId, MonitorState.Error, $"this build has no {MonitorTargets.KindName(monitor.Kind)} source");
            return;
        }

        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        _runs[monitorId] = new Run(cancellation, RunAsync(monitorId, source, cancellation.Token));
    }

    private async Task StopAsync(long monitorId)
    {
        if (_runs.Remove(monitorId, out var run))
        {
            await run.Cancellation.CancelAsync();
            await run.Task;
            run.Cancellation.Dispose();
        }
    }

    /// <summary>Runs a monitor's source until it finishes or is cancelled, restarting it after failures. Never throws.</summary>
    private async Task RunAsync(long monitorId, IPostSource source, CancellationToken cancellationToken)
    {
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var started = time.GetTimestamp();
            try
            {
                var definition = await LoadDefinitionAsync(monitorId, cancellationToken);
                if (definition is null)
                {
                    return;
                }

                status.Report(monitorId, MonitorState.Starting);
                await source.RunAsync(definition, posts.Writer, status, cancellationToken);
                if (status.Get(monitorId)?.State != MonitorState.Finished)
                {
                    status.Report(monitorId, MonitorState.Finished);
                }

                return;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                failures = time.GetElapsedTime(started) >= HealthyRun ? 1 : failures + 1;
                status.Report(monitorId, MonitorState.Error, e.Message);
                LogRunFailed(logger, monitorId, BackoffOf(failures).TotalSeconds, e);
            }

            try
            {
                await Task.Delay(BackoffOf(failures), time, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>1 s after the first failure, doubling up to the configured maximum; a run that lasted a minute starts over.</summary>
    private TimeSpan BackoffOf(int failures) => TimeSpan.FromSeconds(Math.Min(Math.Pow(2, failures - 1), options.Value.MaxRestartDelaySeconds));

    private async Task<MonitorDefinition?> LoadDefinitionAsync(long monitorId, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var monitor = await context.Monitors.AsNoTracking().FirstOrDefaultAsync(m => m.Id == monitorId, cancellationToken);
        return monitor is null ? null : new MonitorDefinition(monitor.Id, monitor.Kind, monitor.Target, monitor.Cursor);
    }

    private async Task StoreStatusAsync(long monitorId, CancellationToken cancellationToken)
    {
        if (status.Get(monitorId) is not { } current)
        {
            return;
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var monitor = context.Monitors.Where(m => m.Id == monitorId);
        if (current.State == MonitorState.Error)
        {
            await monitor.ExecuteUpdateAsync(s => s.SetProperty(m => m.State, current.State).SetProperty(m => m.LastError, current.Message), cancellationToken);
        }
        else
        {
            await monitor.ExecuteUpdateAsync(s => s.SetProperty(m => m.State, current.State), cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Startup monitor '{Spec}' not added: {Reason}")]
    private static partial void LogStartupRefused(ILogger logger, string spec, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Monitor #{Id} failed; restarting in {Seconds} s")]
    private static partial void LogRunFailed(ILogger logger, long id, double seconds, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not apply a change to monitor #{Id}")]
    private static partial void LogSignalFailed(ILogger logger, long id, Exception exception);

    private sealed record Run(CancellationTokenSource Cancellation, Task Task);
}
