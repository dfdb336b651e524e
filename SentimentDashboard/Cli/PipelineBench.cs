using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using SentimentDashboard.Alerts;
using SentimentDashboard.Analysis;
using SentimentDashboard.Audit;
using SentimentDashboard.Classification;
using SentimentDashboard.Components.Dashboard;
using SentimentDashboard.Data;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Monitoring.Replay;
using SentimentDashboard.Pipeline;

namespace SentimentDashboard.Cli;

/// <summary>
/// The pipeline end to end on the real services: a replay monitor of a JSON Lines file (read → classified →
/// committed to a fresh SQLite file in a temporary folder) as fast as it goes, with a live hub subscriber attached
/// as an open dashboard would be, and an <see cref="OverviewProbe"/> reloading the overview on every refresh. Paced at a
/// realistic rate instead, it measures the delay from classification to a dashboard's subscriber (the store's latency:
/// batching plus commit) and from a post entering the pipeline to an open overview showing it.
/// </summary>
internal static class PipelineBench
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    public sealed record Result(
        long Posts, long Committed, long Errors, double Seconds, double PerSecond, double P95Milliseconds, double OverviewP95Milliseconds, double AlertP95Milliseconds, double StartupSeconds);

    /// <summary>
    /// Replays <paramref name="jsonLines"/>, or <paramref name="generate"/> posts made from <paramref name="texts"/>, at
    /// <paramref name="rate"/> posts per second (0: as fast as possible).
    /// </summary>
    public static async Task<Result> RunAsync(string? jsonLines, IReadOnlyList<string> texts, int generate, string modelsDirectory, double rate = 0)
    {
        var folder = Directory.CreateTempSubdirectory("sentimentdashboard-bench-").FullName;
        try
        {
            var file = jsonLines ?? Generate(Path.Combine(folder, "posts.jsonl"), texts, generate);
            return await MeasureAsync(file, Path.Combine(folder, "bench.db"), modelsDirectory, rate);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<Result> MeasureAsync(string file, string database, string modelsDirectory, double rate)
    {
        var expected = CountPosts(file);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Path"] = database,
            ["Models:Directory"] = modelsDirectory,
            ["Replay:Rate"] = rate.ToString(CultureInfo.InvariantCulture),
            // Only the measured replay: no demo corpus, no network.
            ["Monitors:SeedDemo"] = "false",
        });
        builder.Services.AddClassification().AddData().AddAudit().AddPipeline().AddMonitoring().AddAnalysis().AddAlerts();
        var startup = Stopwatch.StartNew();
        using var host = builder.Build();
        await host.StartAsync();
        startup.Stop();
        var metrics = host.Services.GetRequiredService<PipelineMetrics>();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        long committed = 0;
        using var subscription = host.Services.GetRequiredService<LiveHub>().Subscribe(batch =>
        {
            committed += batch.Added.Count;
            if (Accounted(metrics) >= expected)
            {
                done.TrySetResult();
            }
        });

        using var overview = new OverviewProbe(host.Services.GetRequiredService<DashboardRefresh>(), host.Services.GetRequiredService<OverviewLoader>());
        using var alerts = new AlertProbe(host.Services.GetRequiredService<LiveHub>(), host.Services.GetRequiredService<AlertNotices>(), rate);

        // The clock starts when the monitor is added to the running app: throughput, not start-up (models, schema, JIT).
        var clock = Stopwatch.StartNew();
        overview.Start();
        alerts.Start();
        var added = await host.Services.GetRequiredService<MonitorRegistry>().AddAsync(MonitorKind.Replay, file);
        if (!added.Succeeded)
        {
            throw new CliException(added.Error!);
        }

        if (expected > 0 && Accounted(metrics) < expected)
        {
            await done.Task.WaitAsync(Timeout);
        }

        var seconds = clock.Elapsed.TotalSeconds;
        if (rate > 0)
        {
            await overview.WaitForAsync(committed, Timeout);
            await alerts.DrainAsync(TimeSpan.FromSeconds(30));
        }

        await host.StopAsync();
        var errors = metrics.Classify.Errors + metrics.Store.Errors;
        var overviewP95 = rate > 0 ? overview.P95Milliseconds(rate) : double.NaN;
        var alertP95 = rate > 0 ? alerts.P95Milliseconds() : double.NaN;
        return new Result(
            expected, committed, errors, seconds, expected / seconds, metrics.Store.Snapshot().LatencyP95Milliseconds, overviewP95, alertP95, startup.Elapsed.TotalSeconds);
    }

    /// <summary>Posts that went all the way through: stored (new or duplicate) or counted as failed.</summary>
    private static long Accounted(PipelineMetrics metrics) => metrics.Store.Processed + metrics.Store.Errors + metrics.Classify.Errors;

    private static long CountPosts(string file)
    {
        using var reader = new JsonLinesReader(File.OpenRead(file), 0, new ReplayOptions().MaxLineBytes, TimeProvider.System);
        long posts = 0;
        while (reader.TryRead(out var record))
        {
            posts += record.Post is null ? 0 : 1;
        }

        return posts;
    }

    private static string Generate(string path, IReadOnlyList<string> texts, int count)
    {
        using var writer = new StreamWriter(path);
        var start = DateTimeOffset.UnixEpoch.AddYears(56);
        for (var i = 0; i < count; i++)
        {
            writer.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["id"] = $"bench-{i}",
                ["created_at"] = start.AddSeconds(i).ToString("O"),
                ["author"] = $"user{i % 997}",
                ["text"] = texts[i % texts.Count],
            }));
        }

        return path;
    }
}
