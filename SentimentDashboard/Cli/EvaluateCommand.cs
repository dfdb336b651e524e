using SentimentDashboard.Classification;
using SentimentDashboard.Classification.Models;

namespace SentimentDashboard.Cli;

/// <summary>
/// <c>evaluate --model PATH --data FILE</c> or <c>--text FILE --labels FILE --mapping FILE</c>: a table for people,
/// then the report as one JSON line (the last line).
/// </summary>
internal static class EvaluateCommand
{
    public static async Task<int> RunAsync(CliArguments args, CliContext io)
    {
        var modelPath = args.Required("model");
        var dataPath = args.Optional("data");
        var textPath = args.Optional("text");
        var labelsPath = args.Optional("labels");
        var mappingPath = args.Optional("mapping");
        args.RejectUnknown();
        if ((dataPath is null) == (textPath is null))
        {
            throw new CliException("give either --data FILE or --text FILE --labels FILE --mapping FILE");
        }

        var model = ModelFile.Load(modelPath);
        var task = ClassificationTask.Parse(model.Metadata.Task);
        var rows = dataPath is not null
            ? DatasetReader.Read(dataPath, task)
            : DatasetReader.ReadTextAndLabels(
                textPath!,
                labelsPath ?? throw new CliException("--text needs --labels FILE"),
                mappingPath ?? throw new CliException("--text needs --mapping FILE"),
                task);
        if (rows.Count == 0)
        {
            throw new CliException("the evaluation data has no rows");
        }

        var report = Evaluate(model, task, rows);
        await io.Out.WriteLineAsync(report.FormatTable());
        await io.Out.WriteLineAsync(report.ToJson());
        return 0;
    }

    public static EvaluationReport Evaluate(LinearModel model, ClassificationTask task, IReadOnlyList<LabeledText> rows)
    {
        var probabilities = BatchScoring.Probabilities(model, rows.Select(r => r.Text).ToArray());
        var gold = rows.Select(r => r.Label).ToArray();
        var predicted = probabilities.Select(p => BatchScoring.ArgMax(p)).ToArray();
        return Evaluator.Evaluate(task, gold, predicted, probabilities);
    }
}
