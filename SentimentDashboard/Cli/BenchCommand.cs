using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SentimentDashboard.Analysis.Risk;
using SentimentDashboard.Classification;
using SentimentDashboard.Classification.Models;

namespace SentimentDashboard.Cli;

/// <summary>
/// <c>bench [--data FILE] [--models DIR] [--seconds N] [--posts N] [--latency-seconds N] [--overview-posts N,N]
/// [--overview-seed N] [--overview-cache DIR] [--overview-runs N] [--overview-recount]</c>: model load time and
/// single-thread throughput of normalisation + features + all shipped models (<c>classify_per_s</c>; with the risk
/// analysis the classify stage adds, <c>classify_risk_per_s</c>); the pipeline end
/// to end (<c>pipeline_per_s</c>: a replay of FILE when it is JSON Lines, else of N generated posts, committed to
/// SQLite); the p95 delay from classification to a live subscriber at 500 posts/s for N seconds
/// (<c>p95_ms_to_dashboard</c>; 0 seconds skips it), and from a high-risk post's due time to its alert notice
/// (<c>p95_ms_to_alert</c>, see <see cref="AlertProbe"/>; absent when no post met the rule); Jetstream events read and filtered per second on one thread
/// (<c>jetstream_filter_per_s</c>, and <c>jetstream_engagement_filter_per_s</c> on a stream of likes and reposts, see <see cref="JetstreamBench"/>); the 24-hour overview's p95 over generated databases
/// of each size (<c>p95_ms_overview_1m</c>, <c>p95_ms_overview_10m</c>, see <see cref="OverviewBench"/>;
/// <c>--overview-posts 0</c> skips it); and the process's peak resident memory. Last line: one JSON object.
/// </summary>
internal static class BenchCommand
{
    /// <summary>Posts per second of the latency run: the target load.</summary>
    private const int LatencyRate = 500;

    public static async Task<int> RunAsync(CliArguments args, CliContext io)
    {
        var dataPath = args.Optional("data");
        var directory = ModelDirectory.Find(args.Optional("models"))
            ?? throw new CliException("no models/ folder found (pass --models DIR)");
        var seconds = args.Number("seconds", 3);
        var generated = args.Integer("posts", 100_000);
        var latencySeconds = args.Integer("latency-seconds", 5);
        var overview = OverviewBench.Read(args);
        args.RejectUnknown();

        var texts = dataPath is null ? BuiltInTexts() : BenchData.ReadTexts(dataPath);
        if (texts.Count == 0)
        {
            throw new CliException("no texts to measure");
        }

        var loadMs = new Dictionary<string, double>();
        var sizeMb = new Dictionary<string, double>();
        var models = new List<LinearModel>();
        foreach (var task in ClassificationTask.All)
        {
            var path = ModelDirectory.PathOf(directory, task);
            var clock = Stopwatch.StartNew();
            models.Add(ModelFile.Load(path));
            loadMs[task.Name] = Math.Round(clock.Elapsed.TotalMilliseconds, 1);
            sizeMb[task.Name] = Math.Round(new FileInfo(path).Length / 1024.0 / 1024.0, 2);
        }

        var set = new ModelSet(models);
        var featurizer = models[0].CreateFeaturizer();
        var bag = featurizer.CreateBag();
        var featurizePerSecond = Measure(texts, TimeSpan.FromSeconds(seconds), text => featurizer.Featurize(text, bag));
        var output = new float[set.OutputLength];
        var perSecond = Measure(texts, TimeSpan.FromSeconds(seconds), text => set.Score(text, output));
        await io.Error.WriteLineAsync($"{texts.Count} texts, {models.Count} models in {set.FeaturizationGroups} featurization group(s): {perSecond:F0} texts/s on one thread");
        var riskOptions = Options.Create(new RiskOptions());
        var risk = new RiskAssessor(ModelCalibration.Of(models.Select(m => m.Metadata), riskOptions.Value), new HateTargetDetector(), riskOptions);
        var now = DateTimeOffset.UtcNow;
        var withRiskPerSecond = Measure(texts, TimeSpan.FromSeconds(seconds), text =>
        {
            set.Score(text, output);
            risk.Assess(text, output, Engagement.None, now, now);
        });
        await io.Error.WriteLineAsync($"with the risk analysis: {withRiskPerSecond:F0} texts/s on one thread");
        var jetstream = JetstreamBench.Run(texts, TimeSpan.FromSeconds(seconds));
        await io.Error.WriteLineAsync($"jetstream: {jetstream.EventsPerSecond:F0} events/s read and filtered for 5 monitors on one thread, {jetstream.BytesPerEvent:F1} bytes allocated per event");
        var engagement = JetstreamBench.Run(texts, TimeSpan.FromSeconds(seconds), engagement: true);
        await io.Error.WriteLineAsync($"jetstream with engagement: {engagement.EventsPerSecond:F0} events/s, {engagement.BytesPerEvent:F1} bytes allocated per event");
        var replay = dataPath is not null && Path.GetExtension(dataPath).Equals(".jsonl", StringComparison.OrdinalIgnoreCase) ? dataPath : null;
        var pipeline = await PipelineBench.RunAsync(replay, texts, generated, directory);
        await io.Error.WriteLineAsync($"pipeline: {pipeline.Posts} posts read, classified and committed in {pipeline.Seconds:F2} s: {pipeline.PerSecond:F0} posts/s");
        var paced = latencySeconds > 0 ? await PipelineBench.RunAsync(null, texts, LatencyRate * latencySeconds, directory, LatencyRate) : null;
        using var process = Process.GetCurrentProcess();
        var result = new Dictionary<string, object>
        {
            ["texts"] = texts.Count,
            ["classify_per_s"] = Math.Round(perSecond),
            ["classify_risk_per_s"] = Math.Round(withRiskPerSecond),
            ["featurize_per_s"] = Math.Round(featurizePerSecond),
            ["featurization_groups"] = set.FeaturizationGroups,
            ["load_ms"] = loadMs,
            ["model_mb"] = sizeMb,
            ["jetstream_filter_per_s"] = Math.Round(jetstream.EventsPerSecond),
            ["jetstream_bytes_per_event"] = Math.Round(jetstream.BytesPerEvent, 1),
            ["jetstream_matched_share"] = Math.Round(jetstream.MatchedShare, 4),
            ["jetstream_frame_bytes"] = Math.Round(jetstream.MeanFrameBytes),
            ["jetstream_engagement_filter_per_s"] = Math.Round(engagement.EventsPerSecond),
            ["jetstream_engagement_bytes_per_event"] = Math.Round(engagement.BytesPerEvent, 1),
            ["jetstream_engagement_matched_share"] = Math.Round(engagement.MatchedShare, 4),
            ["jetstream_engagement_frame_bytes"] = Math.Round(engagement.MeanFrameBytes),
            ["pipeline_per_s"] = Math.Round(pipeline.PerSecond),
            ["pipeline_posts"] = pipeline.Posts,
            ["pipeline_added"] = pipeline.Committed,
            ["pipeline_errors"] = pipeline.Errors,
            ["pipeline_startup_s"] = Math.Round(pipeline.StartupSeconds, 2),
            ["peak_rss_mb"] = Math.Round(process.PeakWorkingSet64 / 1024.0 / 1024.0, 1),
        };
        if (paced is not null)
        {
            result["p95_ms_to_dashboard"] = Math.Round(paced.P95Milliseconds, 1);
            result["p95_ms_to_overview"] = Math.Round(paced.OverviewP95Milliseconds, 1);
            if (double.IsFinite(paced.AlertP95Milliseconds))
            {
                result["p95_ms_to_alert"] = Math.Round(paced.AlertP95Milliseconds, 1);
            }
        }

        await OverviewBench.RunAsync(overview, texts, result, io.Error);
        process.Refresh();
        result["peak_rss_mb"] = Math.Round(process.PeakWorkingSet64 / 1024.0 / 1024.0, 1);

        await io.Out.WriteLineAsync(JsonSerializer.Serialize(result));
        return 0;
    }

    private static double Measure(IReadOnlyList<string> texts, TimeSpan duration, Action<string> work)
    {
        foreach (var text in texts.Take(2000))
        {
            work(text); // warm-up: JIT and caches
        }

        var clock = Stopwatch.StartNew();
        long done = 0;
        while (clock.Elapsed < duration)
        {
            foreach (var text in texts)
            {
                work(text);
            }

            done += texts.Count;
        }

        return done / clock.Elapsed.TotalSeconds;
    }

    private static List<string> BuiltInTexts()
    {
        using var stream = typeof(BenchCommand).Assembly.GetManifestResourceStream("BenchTexts.txt")!;
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }
}
