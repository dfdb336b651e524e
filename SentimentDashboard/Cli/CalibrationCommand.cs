using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SentimentDashboard.Analysis;
using SentimentDashboard.Analysis.Risk;
using SentimentDashboard.Classification;

namespace SentimentDashboard.Cli;

/// <summary>
/// <c>calibration --data FILE --task TASK --label LABEL [--models DIR] [--threshold P]</c>: how many of a labelled
/// file's texts of one label (e.g. sentiment's neutral tweets) reach the alert threshold (<see cref="RiskOptions.DefaultAlertThreshold"/>)
/// before the prior-shift correction (the models' probabilities as they are, in the content-risk formula) and after
/// (the risk the pipeline stores, at low virality: files carry no engagement). Last line: one JSON object.
/// </summary>
internal static class CalibrationCommand
{
    public static async Task<int> RunAsync(CliArguments args, CliContext io)
    {
        var dataPath = args.Required("data");
        var task = ClassificationTask.Parse(args.Required("task"));
        var label = args.Required("label");
        var models = args.Optional("models");
        var threshold = args.Number("threshold", RiskOptions.DefaultAlertThreshold);
        args.RejectUnknown();
        var labelIndex = task.LabelIndex(label);
        if (labelIndex < 0)
        {
            throw new CliException($"'{label}' is not a {task.Name} label (expected one of: {string.Join(", ", task.Labels)})");
        }

        using var catalog = new ModelCatalog(Options.Create(new ModelsOptions { Directory = models }), NullLogger<ModelCatalog>.Instance);
        if (RiskAssessor.Tasks.Any(t => catalog.For(t) is null))
        {
            throw new CliException("the four models are needed: " + string.Join("; ", catalog.Problems.DefaultIfEmpty("no models/ folder found (pass --models DIR)")));
        }

        var texts = DatasetReader.Read(dataPath, task).Where(r => r.Label == labelIndex).Select(r => r.Text).ToArray();
        if (texts.Length == 0)
        {
            throw new CliException($"no {label} rows in {dataPath}");
        }

        var options = Options.Create(new RiskOptions());
        var risk = new RiskAssessor(new ModelCalibration(catalog, options), new HateTargetDetector(), options);
        var set = new ModelSet([.. RiskAssessor.Tasks.Select(t => catalog.For(t)!.Model)]);
        var output = new float[set.OutputLength];
        var now = DateTimeOffset.UtcNow;
        double before = 0, after = 0, sumBefore = 0, sumAfter = 0, hateBefore = 0, hateAfter = 0;
        foreach (var text in texts)
        {
            set.Score(text, output);
            var old = RiskScore.Compute(output[4], output[6], output[0]);
            var assessment = risk.Assess(text, output, Engagement.None, now, now);
            before += old >= threshold ? 1 : 0;
            after += assessment.Risk >= threshold ? 1 : 0;
            sumBefore += old;
            sumAfter += assessment.Risk;
            hateBefore += output[4];
            hateAfter += assessment.CalibratedHate;
        }

        var n = texts.Length;
        await io.Error.WriteLineAsync($"{n} {label} texts of {Path.GetFileName(dataPath)}: risk ≥ {threshold} for {before / n:P1} before the prior correction, {after / n:P1} after");
        await io.Out.WriteLineAsync(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["data"] = Path.GetFileName(dataPath),
            ["label"] = label,
            ["n"] = n,
            ["threshold"] = threshold,
            ["share_at_or_above_before"] = Math.Round(before / n, 4),
            ["share_at_or_above_after"] = Math.Round(after / n, 4),
            ["mean_risk_before"] = Math.Round(sumBefore / n, 4),
            ["mean_risk_after"] = Math.Round(sumAfter / n, 4),
            ["mean_hate_before"] = Math.Round(hateBefore / n, 4),
            ["mean_hate_after"] = Math.Round(hateAfter / n, 4),
        }));
        return 0;
    }
}
