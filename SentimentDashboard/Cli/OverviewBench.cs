using System.Diagnostics;
using System.Globalization;
using SentimentDashboard.Analysis;
using SentimentDashboard.Data;

namespace SentimentDashboard.Cli;

/// <summary>
/// The overview's latency on generated databases (<see cref="OverviewBenchData"/>): the app's <see cref="OverviewLoader"/>
/// reads the 24-hour overview at the data's end, warm, <c>runs</c> times; the 95th percentile in milliseconds.
/// With <c>recount</c>, the same overview counted from the rows (no rollups) is timed too, a few times.
/// </summary>
internal static class OverviewBench
{
    private const int RecountRuns = 5;

    public sealed record Options(IReadOnlyList<int> Sizes, int Seed, string Cache, int Runs, bool Recount);

    public static Options Read(CliArguments args) => new(
        [.. (args.Optional("overview-posts") ?? "1000000,10000000").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(size => int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw new CliException($"--overview-posts: '{size}' is not a whole number"))
            .Where(n => n > 0)],
        args.Integer("overview-seed", 1),
        args.Optional("overview-cache") ?? Path.Combine(Path.GetTempPath(), "sentimentdashboard-bench"),
        args.Integer("overview-runs", 30),
        args.Has("overview-recount"));

    /// <summary>Adds <c>p95_ms_overview_SIZE</c> (and <c>p95_ms_overview_recount_SIZE</c>) to <paramref name="result"/> for each size.</summary>
    public static async Task RunAsync(Options options, IReadOnlyList<string> texts, Dictionary<string, object> result, TextWriter log)
    {
        if (options.Sizes.Count == 0)
        {
            return;
        }

        var schema = await OverviewBenchData.SchemaHashAsync(options.Cache);
        foreach (var size in options.Sizes)
        {
            var database = await OverviewBenchData.EnsureAsync(options.Cache, schema, size, options.Seed, texts, log);
            var p95 = await P95Async(database, options.Runs, rollups: true);
            result[$"p95_ms_overview_{Label(size)}"] = Math.Round(p95, 1);
            await log.WriteLineAsync($"overview of 24 h over {size:N0} posts: p95 {p95:F1} ms ({options.Runs} runs)");
            if (options.Recount)
            {
                var recount = await P95Async(database, RecountRuns, rollups: false);
                result[$"p95_ms_overview_recount_{Label(size)}"] = Math.Round(recount, 1);
                await log.WriteLineAsync($"the same, counted from the rows: p95 {recount:F1} ms ({RecountRuns} runs)");
            }
        }
    }

    private static async Task<double> P95Async(string database, int runs, bool rollups)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Path"] = database });
        builder.Services.AddSingleton<TimeProvider>(new FixedTime(OverviewBenchData.End));
        builder.Services.AddData().AddAnalysis();
        using var host = builder.Build();
        await host.StartAsync();
        var loader = host.Services.GetRequiredService<OverviewLoader>();
        var filter = new PostFilter { Range = TimeRange.LastDay };
        await loader.LoadAsync(filter, OverviewLoader.TopItems, rollups); // warm-up: JIT, page cache
        var times = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var clock = Stopwatch.StartNew();
            await loader.LoadAsync(filter, OverviewLoader.TopItems, rollups);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        await host.StopAsync();
        times.Sort();
        return times[(int)Math.Ceiling(0.95 * times.Count) - 1];
    }

    private static string Label(int size) => size switch
    {
        _ when size % 1_000_000 == 0 => $"{size / 1_000_000}m",
        _ when size % 1_000 == 0 => $"{size / 1_000}k",
        _ => size.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The generated data's end as "now", however long ago it was generated.</summary>
    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
