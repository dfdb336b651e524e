namespace SentimentDashboard.Classification;

/// <summary>A text classification task the product knows, with its label names in model order.</summary>
public sealed record ClassificationTask(string Name, IReadOnlyList<string> Labels)
{
    public static readonly ClassificationTask Sentiment = new("sentiment", ["negative", "neutral", "positive"]);
    public static readonly ClassificationTask Hate = new("hate", ["not-hate", "hate"]);
    public static readonly ClassificationTask Offensive = new("offensive", ["not-offensive", "offensive"]);
    public static readonly ClassificationTask Emotion = new("emotion", ["anger", "joy", "optimism", "sadness"]);

    public static IReadOnlyList<ClassificationTask> All { get; } = [Sentiment, Hate, Offensive, Emotion];

    public static ClassificationTask Parse(string name) =>
        All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"unknown task '{name}' (expected one of: {string.Join(", ", All.Select(t => t.Name))})");

    public int LabelIndex(string label)
    {
        for (var i = 0; i < Labels.Count; i++)
        {
            if (string.Equals(Labels[i], label, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
