using SentimentDashboard.Classification;

namespace SentimentDashboard.Tests.Classification;

public sealed class EvaluatorTests
{
    // Sentiment labels: 0 negative, 1 neutral, 2 positive. Positive is never predicted.
    //                 gold: n  n  n  u  u  u  u  p  p  p
    internal static readonly int[] Gold = [0, 0, 0, 1, 1, 1, 1, 2, 2, 2];
    internal static readonly int[] Predicted = [0, 0, 1, 1, 1, 1, 0, 1, 1, 0];

    [Fact]
    public void Evaluate_ClassNeverPredicted_MatchesHandComputedMetrics()
    {
        var report = Evaluator.Evaluate(ClassificationTask.Sentiment, Gold, Predicted);

        // Confusion [gold][predicted]: negative 2 1 0 / neutral 1 3 0 / positive 1 2 0.
        Assert.Equal([[2, 1, 0], [1, 3, 0], [1, 2, 0]], report.ConfusionMatrix);
        Assert.Equal(10, report.N);
        Assert.Equal(0.5, report.Accuracy, 12); // 5 correct of 10
        // Column sums 4, 6, 0: precision 2/4, 3/6, 0 (never predicted). Recall 2/3, 3/4, 0/3.
        AssertMetrics(report.PerClass["negative"], 0.5, 2.0 / 3, 4.0 / 7, 3); // F1 = 2·½·⅔ / (½+⅔) = 4/7
        AssertMetrics(report.PerClass["neutral"], 0.5, 0.75, 0.6, 4); // F1 = 2·½·¾ / (½+¾) = 3/5
        AssertMetrics(report.PerClass["positive"], 0, 0, 0, 3);
        Assert.Equal(17.0 / 36, report.MacroRecall, 12); // (2/3 + 3/4 + 0) / 3
        Assert.Equal(41.0 / 105, report.MacroF1, 12); // (4/7 + 3/5 + 0) / 3
        Assert.Null(report.RocAuc);
    }

    [Fact]
    public void Evaluate_AllCorrect_ScoresOne()
    {
        var report = Evaluator.Evaluate(ClassificationTask.Emotion, [0, 1, 2, 3, 3], [0, 1, 2, 3, 3]);

        Assert.Equal(1, report.Accuracy);
        Assert.Equal(1, report.MacroRecall);
        Assert.Equal(1, report.MacroF1);
        Assert.Equal(2, report.PerClass["sadness"].Support);
    }

    [Fact]
    public void Evaluate_BinaryScoresWithTies_RocAucCountsTiesAsHalf()
    {
        // Positive-class scores: negatives 0.1, 0.4; positives 0.4, 0.4.
        // Pairs (positive, negative): 0.4>0.1 twice = 2, 0.4=0.4 twice = 2·½ = 1; AUC = 3/4.
        float[][] scores = [[0.9f, 0.1f], [0.6f, 0.4f], [0.6f, 0.4f], [0.6f, 0.4f]];

        var report = Evaluator.Evaluate(ClassificationTask.Hate, [0, 0, 1, 1], [0, 0, 0, 0], scores);

        Assert.Equal(0.75, report.RocAuc!.Value, 12);
    }

    [Fact]
    public void Evaluate_BinaryScoresPerfectlyRanked_RocAucIsOne()
    {
        float[][] scores = [[0.8f, 0.2f], [0.1f, 0.9f], [0.7f, 0.3f], [0.4f, 0.6f]];

        var report = Evaluator.Evaluate(ClassificationTask.Offensive, [0, 1, 0, 1], [0, 1, 0, 1], scores);

        Assert.Equal(1, report.RocAuc!.Value, 12);
    }

    [Fact]
    public void Evaluate_BinaryScoresWithOneClassAbsent_RocAucIsNull()
    {
        float[][] scores = [[0.8f, 0.2f], [0.1f, 0.9f]];

        var report = Evaluator.Evaluate(ClassificationTask.Hate, [0, 0], [0, 1], scores);

        Assert.Null(report.RocAuc);
    }

    [Fact]
    public void Evaluate_MulticlassWithScores_RocAucIsNull()
    {
        float[][] scores = [[1, 0, 0], [0, 1, 0]];

        var report = Evaluator.Evaluate(ClassificationTask.Sentiment, [0, 1], [0, 1], scores);

        Assert.Null(report.RocAuc);
    }

    [Fact]
    public void Evaluate_LengthsDiffer_Throws()
    {
        Assert.Throws<ArgumentException>(() => Evaluator.Evaluate(ClassificationTask.Hate, [0, 1], [0]));
    }

    [Fact]
    public void Evaluate_LabelOutsideTask_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Evaluator.Evaluate(ClassificationTask.Hate, [0, 2], [0, 1]));

        Assert.Contains("item 1", error.Message);
    }

    [Fact]
    public void Evaluate_NoItems_Throws()
    {
        Assert.Throws<ArgumentException>(() => Evaluator.Evaluate(ClassificationTask.Hate, [], []));
    }

    private static void AssertMetrics(ClassMetrics actual, double precision, double recall, double f1, int support)
    {
        Assert.Equal(precision, actual.Precision, 12);
        Assert.Equal(recall, actual.Recall, 12);
        Assert.Equal(f1, actual.F1, 12);
        Assert.Equal(support, actual.Support);
    }
}
