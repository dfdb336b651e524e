using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace SentimentDashboard.Data;

/// <summary>
/// Creates the database folder and schema at start, switches the file to WAL, and checks the schema version. It
/// runs before every other hosted service; a file it cannot use stops the app with the reason.
/// </summary>
public sealed partial class DatabaseInitializer(
    IDbContextFactory<DashboardDbContext> contexts,
    IOptions<DatabaseOptions> options,
    TimeProvider time,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    /// <summary>
    /// The schema this build writes. EnsureCreated only creates a missing database; when the schema changes, raise
    /// this and add the step that brings a file from the previous version to this one to <see cref="SchemaUpgrades"/>.
    /// </summary>
    public const int SchemaVersion = 9;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var path = options.Value.FullPath;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var created = await context.Database.EnsureCreatedAsync(cancellationToken);

        // WAL lets the dashboard read while the store writes; the mode is kept in the file.
        await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);

        var version = await context.SchemaVersions.Select(v => (int?)v.Version).MaxAsync(cancellationToken);
        if (version is null)
        {
            context.SchemaVersions.Add(new SchemaVersionEntity { Version = SchemaVersion, AppliedAt = time.GetUtcNow() });
            await context.SaveChangesAsync(cancellationToken);
        }
        else if (version < SchemaVersion)
        {
            LogUpgrading(logger, path, version.Value, SchemaVersion);
            await SchemaUpgrades.ApplyAsync(
                context, version.Value, SchemaVersion, time.GetUtcNow(), (to, done, total) => LogUpgradeProgress(logger, to, done, total), cancellationToken);
            LogUpgraded(logger, path, version.Value, SchemaVersion);
        }
        else if (version != SchemaVersion)
        {
            throw new InvalidOperationException(
                $"The database '{path}' is at schema version {version}; this build reads version {SchemaVersion}. Use the build that wrote it, or another --db file.");
        }

        LogReady(logger, path, created ? "created" : "opened", SchemaVersion);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Upgrading database {Path} from schema version {From} to {To}; a large file takes a while (progress follows)")]
    private static partial void LogUpgrading(ILogger logger, string path, int from, int to);

    [LoggerMessage(Level = LogLevel.Information, Message = "Schema version {Version}: {Done} of {Total} statements done")]
    private static partial void LogUpgradeProgress(ILogger logger, int version, int done, int total);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database {Path} upgraded from schema version {From} to {To}")]
    private static partial void LogUpgraded(ILogger logger, string path, int from, int to);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database {Path} {Action} (schema version {Version}, WAL)")]
    private static partial void LogReady(ILogger logger, string path, string action, int version);
}
