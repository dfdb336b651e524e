namespace SentimentDashboard.Classification.Training;

/// <summary>A seeded split that keeps each label's share in both parts.</summary>
internal static class StratifiedSplit
{
    public static (IReadOnlyList<LabeledText> Training, IReadOnlyList<LabeledText> Validation) Split(IReadOnlyList<LabeledText> rows, double fraction, int seed)
    {
        var random = new Random(seed);
        var training = new List<LabeledText>();
        var validation = new List<LabeledText>();
        foreach (var group in rows.GroupBy(r => r.Label).OrderBy(g => g.Key))
        {
            var items = group.ToArray();
            random.Shuffle(items);
            var held = (int)Math.Round(items.Length * fraction);
            validation.AddRange(items[..held]);
            training.AddRange(items[held..]);
        }

        return (training, validation);
    }
}
