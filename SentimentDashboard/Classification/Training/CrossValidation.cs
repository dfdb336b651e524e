namespace SentimentDashboard.Classification.Training;

/// <summary>Stratified k-fold cross-validation: a steadier estimate than one small validation split when tuning.</summary>
public static class CrossValidation
{
    public static IReadOnlyList<EvaluationReport> Run(TrainingOptions options, IReadOnlyList<LabeledText> rows, int folds, IProgress<TrainingProgress>? progress = null, CancellationToken cancellation = default)
    {
        if (folds < 2)
        {
            throw new ArgumentException($"cross-validation needs at least 2 folds (got {folds})");
        }

        var random = new Random(options.Seed);
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

        var reports = new List<EvaluationReport>(folds);
        var foldOptions = options with { Refit = false, ValidationFraction = 0 };
        for (var fold = 0; fold < folds; fold++)
        {
            progress?.Report(new TrainingProgress($"fold {fold + 1}/{folds}", 0, 0, 0));
            var training = rows.Where((_, i) => foldOf[i] != fold).ToArray();
            var held = rows.Where((_, i) => foldOf[i] == fold).ToArray();
            var result = new ModelTrainer(progress).Train(foldOptions, training, held, [], cancellation);
            reports.Add(result.Validation!);
        }

        return reports;
    }
}
