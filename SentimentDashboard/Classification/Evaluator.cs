namespace SentimentDashboard.Classification;

/// <summary>Computes accuracy, per-class and macro metrics, the confusion matrix and (binary tasks) ROC AUC.</summary>
public static class Evaluator
{
    /// <param name="gold">Gold label index of each item.</param>
    /// <param name="predicted">Predicted label index of each item.</param>
    /// <param name="scores">Optional: <c>scores[i][c]</c> is the probability of class c for item i; used for ROC AUC.</param>
    public static EvaluationReport Evaluate(ClassificationTask task, ReadOnlySpan<int> gold, ReadOnlySpan<int> predicted, float[][]? scores = null)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (gold.Length != predicted.Length)
        {
            throw new ArgumentException($"{gold.Length} gold labels but {predicted.Length} predictions", nameof(predicted));
        }

        if (gold.IsEmpty)
        {
            throw new ArgumentException("nothing to evaluate: no items", nameof(gold));
        }

        if (scores is not null && scores.Length != gold.Length)
        {
            throw new ArgumentException($"{gold.Length} gold labels but {scores.Length} score rows", nameof(scores));
        }

        var classes = task.Labels.Count;
        var confusion = new int[classes][];
        for (var c = 0; c < classes; c++)
        {
            confusion[c] = new int[classes];
        }

        for (var i = 0; i < gold.Length; i++)
        {
            confusion[CheckLabel(gold[i], classes, i, nameof(gold))][CheckLabel(predicted[i], classes, i, nameof(predicted))]++;
        }

        var perClass = new Dictionary<string, ClassMetrics>(classes, StringComparer.Ordinal);
        var correct = 0;
        double recallSum = 0, f1Sum = 0;
        for (var c = 0; c < classes; c++)
        {
            var truePositives = confusion[c][c];
            var support = confusion[c].Sum();
            var predictedCount = confusion.Sum(row => row[c]);
            // zero_division=0 as in scikit-learn: a class never predicted (or never present) scores 0, not NaN.
            var precision = predictedCount == 0 ? 0 : (double)truePositives / predictedCount;
            var recall = support == 0 ? 0 : (double)truePositives / support;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perClass.Add(task.Labels[c], new ClassMetrics(precision, recall, f1, support));
            correct += truePositives;
            recallSum += recall;
            f1Sum += f1;
        }

        // Macro averages run over all the task's labels, as the SemEval scorers do, even one absent from a small sample.
        return new EvaluationReport(
            task.Name,
            task.Labels,
            gold.Length,
            (double)correct / gold.Length,
            recallSum / classes,
            f1Sum / classes,
            perClass,
            confusion,
            classes == 2 && scores is not null ? RocAuc(gold, scores) : null);
    }

    private static int CheckLabel(int label, int classes, int item, string name) =>
        label >= 0 && label < classes
            ? label
            : throw new ArgumentOutOfRangeException(name, label, $"item {item}: label index {label} is outside 0..{classes - 1}");

    /// <summary>Mann-Whitney form of the AUC: ties share their average rank, so a tied pair counts one half. Null when one class is absent.</summary>
    private static double? RocAuc(ReadOnlySpan<int> gold, float[][] scores)
    {
        var n = gold.Length;
        var positiveScores = new float[n];
        var isPositive = new bool[n];
        var positives = 0;
        for (var i = 0; i < n; i++)
        {
            if (scores[i] is not { Length: 2 } row || float.IsNaN(row[1]))
            {
                throw new ArgumentException($"item {i}: expected 2 scores, not NaN", nameof(scores));
            }

            positiveScores[i] = row[1];
            isPositive[i] = gold[i] == 1;
            positives += isPositive[i] ? 1 : 0;
        }

        var negatives = n - positives;
        if (positives == 0 || negatives == 0)
        {
            return null;
        }

        Array.Sort(positiveScores, isPositive);
        double positiveRankSum = 0;
        for (var start = 0; start < n;)
        {
            var end = start;
            var positivesInTie = 0;
            while (end < n && positiveScores[end] == positiveScores[start])
            {
                positivesInTie += isPositive[end] ? 1 : 0;
                end++;
            }

            // 1-based ranks start+1..end share their mean.
            positiveRankSum += positivesInTie * (start + 1 + end) / 2.0;
            start = end;
        }

        return (positiveRankSum - positives * (positives + 1.0) / 2) / ((double)positives * negatives);
    }
}
