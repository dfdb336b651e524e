namespace SentimentDashboard.Classification.Training;

/// <summary>Stratified k-fold cross-validation: a steadier estimate than one small validation split when tuning.</summary>
public static class CrossValidation
{
    public static IReadOnlyList<EvaluationReport> Run(TrainingOptions options, IReadOnlyList<LabeledText> rows, int folds, IProgress<TrainingProgress>? progress = null, CancellationToken cancellation = default)
    {
        var foldOf = AssignFolds(rows, folds, options.Seed);
        var reports = new List<EvaluationReport>(folds);
        var foldOptions = options with { Refit = false, ValidationFraction = 0 };
        for (var fold = 0; fold < folds; fold++)
        {
            progress?.Report(new TrainingProgress($"fold {fold + 1}/{folds}", 0, 0, 0));
            var (training, held) = Split(rows, foldOf, fold);
            var result = new ModelTrainer(progress).Train(foldOptions, training, held, [], cancellation);
            reports.Add(result.Validation!);
        }

        return reports;
    }

    /// <summary>Each row's raw logits from a model trained on the other folds (no calibration, no refit): what tuning on unseen rows needs.</summary>
    public static float[][] OutOfFoldLogits(TrainingOptions options, IReadOnlyList<LabeledText> rows, int folds, IProgress<TrainingProgress>? progress = null, CancellationToken cancellation = default)
    {
        var foldOf = AssignFolds(rows, folds, options.Seed);
        var logits = new float[rows.Count][];
        var foldOptions = options with { Refit = false, ValidationFraction = 0, OffsetFolds = 0 };
        for (var fold = 0; fold < folds; fold++)
        {
            progress?.Report(new TrainingProgress($"offsets: fold {fold + 1}/{folds}", 0, 0, 0));
            var (training, held) = Split(rows, foldOf, fold);
            var model = new ModelTrainer(progress).Train(foldOptions, training, null, [], cancellation).Model;
            var heldLogits = BatchScoring.Logits(model, held.Select(h => h.Text).ToArray());
            var next = 0;
            for (var i = 0; i < rows.Count; i++)
            {
                if (foldOf[i] == fold)
                {
                    logits[i] = heldLogits[next++];
                }
            }
        }

        return logits;
    }

    private static int[] AssignFolds(IReadOnlyList<LabeledText> rows, int folds, int seed)
    {
        if (folds < 2)
        {
            throw new ArgumentException($"cross-validation needs at least 2 folds (got {folds})");
        }

        var random = new Random(seed);
        var foldOf = new int[rows.Count];
        foreach (var group in Enumerable.Range(0, rows.Count).GroupBy(i => rows[i].Label).OrderBy(g => g.Key))
        {
            var indices = group.ToArray();
            random.Shuffle(indices);
            for (var k = 0; k < indices.Length; k++)
            {
                foldOf[indices[k]] = k % folds;
            }
        }

        return foldOf;
    }

    private static (LabeledText[] Training, LabeledText[] Held) Split(IReadOnlyList<LabeledText> rows, int[] foldOf, int fold) =>
        (rows.Where((_, i) => foldOf[i] != fold).ToArray(), rows.Where((_, i) => foldOf[i] == fold).ToArray());
}
