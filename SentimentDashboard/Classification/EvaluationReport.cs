using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SentimentDashboard.Classification;

/// <summary>Scores of a classifier on labelled data. <paramref name="ConfusionMatrix"/> is indexed [gold][predicted].</summary>
/// <param name="RocAuc">Binary tasks with scores only: AUC of the score of label index 1.</param>
public sealed record EvaluationReport(
    string Task,
    IReadOnlyList<string> Labels,
    int N,
    double Accuracy,
    double MacroRecall,
    double MacroF1,
    IReadOnlyDictionary<string, ClassMetrics> PerClass,
    int[][] ConfusionMatrix,
    double? RocAuc)
{
    /// <summary>The report as one line of JSON, numbers rounded to 4 decimals (the last line printed by <c>evaluate</c>).</summary>
    public string ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("task", Task);
            json.WriteNumber("n", N);
            json.WriteNumber("accuracy", Round(Accuracy));
            json.WriteNumber("macro_recall", Round(MacroRecall));
            json.WriteNumber("macro_f1", Round(MacroF1));
            json.WriteStartObject("per_class");
            foreach (var label in Labels)
            {
                var metrics = PerClass[label];
                json.WriteStartObject(label);
                json.WriteNumber("precision", Round(metrics.Precision));
                json.WriteNumber("recall", Round(metrics.Recall));
                json.WriteNumber("f1", Round(metrics.F1));
                json.WriteNumber("support", metrics.Support);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteStartArray("confusion_matrix");
            foreach (var row in ConfusionMatrix)
            {
                json.WriteStartArray();
                foreach (var count in row)
                {
                    json.WriteNumberValue(count);
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
            if (RocAuc is { } auc)
            {
                json.WriteNumber("roc_auc", Round(auc));
            }
            else
            {
                json.WriteNull("roc_auc");
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>A human-readable summary: headline metrics, a per-class table and the confusion matrix.</summary>
    public string FormatTable()
    {
        var labelWidth = Math.Max(Labels.Max(l => l.Length), "gold\\pred".Length);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"task {Task}  n={N}  accuracy={Format(Accuracy)}  macro_recall={Format(MacroRecall)}  macro_f1={Format(MacroF1)}");
        if (RocAuc is { } auc)
        {
            text.Append(CultureInfo.InvariantCulture, $"  roc_auc={Format(auc)}");
        }

        text.AppendLine().AppendLine();
        text.AppendLine($"{"label".PadRight(labelWidth)}  {"precision",9}  {"recall",9}  {"f1",9}  {"support",9}");
        foreach (var label in Labels)
        {
            var m = PerClass[label];
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{label.PadRight(labelWidth)}  {Format(m.Precision),9}  {Format(m.Recall),9}  {Format(m.F1),9}  {m.Support,9}");
        }

        text.AppendLine().AppendLine("confusion matrix (rows: gold, columns: predicted)");
        var cellWidth = Math.Max(Labels.Max(l => l.Length), ConfusionMatrix.SelectMany(r => r).Max().ToString(CultureInfo.InvariantCulture).Length);
        text.Append("gold\\pred".PadRight(labelWidth));
        foreach (var label in Labels)
        {
            text.Append("  ").Append(label.PadLeft(cellWidth));
        }

        text.AppendLine();
        for (var gold = 0; gold < Labels.Count; gold++)
        {
            text.Append(Labels[gold].PadRight(labelWidth));
            foreach (var count in ConfusionMatrix[gold])
            {
                text.Append("  ").Append(count.ToString(CultureInfo.InvariantCulture).PadLeft(cellWidth));
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    private static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    private static string Format(double value) => value.ToString("F4", CultureInfo.InvariantCulture);
}
