using System.Text.Json;
using SentimentDashboard.Classification;

namespace SentimentDashboard.Tests.Classification;

public sealed class EvaluationReportTests
{
    [Fact]
    public void ToJson_MulticlassReport_IsOneLineWithRoundedMetrics()
    {
        var report = Evaluator.Evaluate(ClassificationTask.Sentiment, EvaluatorTests.Gold, EvaluatorTests.Predicted);

        var json = report.ToJson();

        Assert.DoesNotContain('\n', json);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(
            ["task", "n", "accuracy", "macro_recall", "macro_f1", "per_class", "confusion_matrix", "roc_auc"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("sentiment", root.GetProperty("task").GetString());
        Assert.Equal(10, root.GetProperty("n").GetInt32());
        Assert.Equal(0.5, root.GetProperty("accuracy").GetDouble());
        Assert.Equal(0.4722, root.GetProperty("macro_recall").GetDouble());
        Assert.Equal(0.3905, root.GetProperty("macro_f1").GetDouble());
        Assert.Equal(["negative", "neutral", "positive"], root.GetProperty("per_class").EnumerateObject().Select(p => p.Name));
        var negative = root.GetProperty("per_class").GetProperty("negative");
        Assert.Equal(0.5, negative.GetProperty("precision").GetDouble());
        Assert.Equal(0.6667, negative.GetProperty("recall").GetDouble());
        Assert.Equal(0.5714, negative.GetProperty("f1").GetDouble());
        Assert.Equal(3, negative.GetProperty("support").GetInt32());
        Assert.Equal(0, root.GetProperty("per_class").GetProperty("positive").GetProperty("precision").GetDouble());
        var matrix = root.GetProperty("confusion_matrix").EnumerateArray().Select(r => r.EnumerateArray().Select(c => c.GetInt32()).ToArray()).ToArray();
        Assert.Equal([[2, 1, 0], [1, 3, 0], [1, 2, 0]], matrix);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("roc_auc").ValueKind);
    }

    [Fact]
    public void ToJson_BinaryReportWithScores_HasRocAuc()
    {
        float[][] scores = [[0.9f, 0.1f], [0.6f, 0.4f], [0.6f, 0.4f], [0.6f, 0.4f]];
        var report = Evaluator.Evaluate(ClassificationTask.Hate, [0, 0, 1, 1], [0, 0, 0, 1], scores);

        using var document = JsonDocument.Parse(report.ToJson());

        Assert.Equal(0.75, document.RootElement.GetProperty("roc_auc").GetDouble());
        Assert.Equal(["not-hate", "hate"], document.RootElement.GetProperty("per_class").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void FormatTable_Report_AlignsColumns()
    {
        var report = Evaluator.Evaluate(ClassificationTask.Sentiment, EvaluatorTests.Gold, EvaluatorTests.Predicted);

        var lines = report.FormatTable().Split(Environment.NewLine);

        Assert.StartsWith("task sentiment  n=10  accuracy=0.5000  macro_recall=0.4722  macro_f1=0.3905", lines[0]);
        var table = lines.SkipWhile(l => !l.StartsWith("label", StringComparison.Ordinal)).TakeWhile(l => l.Length > 0).ToArray();
        Assert.Equal(4, table.Length);
        Assert.Single(table.Select(l => l.Length).Distinct());
        Assert.Equal("negative      0.5000     0.6667     0.5714          3", table[1]);
        var matrix = lines.SkipWhile(l => !l.StartsWith("gold\\pred", StringComparison.Ordinal)).TakeWhile(l => l.Length > 0).ToArray();
        Assert.Equal(4, matrix.Length);
        Assert.Single(matrix.Select(l => l.Length).Distinct());
        Assert.Equal("positive          1         2         0", matrix[3]);
    }
}
