using SentimentDashboard.Classification;

namespace SentimentDashboard.Tests.Classification.Training;

/// <summary>A small, linearly separable sentiment corpus made of cue words and neutral filler.</summary>
internal static class TinyCorpus
{
    private static readonly string[][] Cues =
    [
        ["awful", "terrible", "hate", "worst", "angry"],
        ["meeting", "schedule", "report", "tuesday", "update"],
        ["love", "wonderful", "great", "best", "happy"],
    ];

    private static readonly string[] Filler = ["the", "a", "today", "this", "my", "about", "with", "and", "train", "phone"];

    public static IReadOnlyList<LabeledText> Make(int perClass, int seed)
    {
        var random = new Random(seed);
        var rows = new List<LabeledText>();
        for (var i = 0; i < perClass; i++)
        {
            for (var label = 0; label < Cues.Length; label++)
            {
                var words = Enumerable.Range(0, 5).Select(_ => Filler[random.Next(Filler.Length)]).ToList();
                words.Insert(random.Next(words.Count), Cues[label][random.Next(Cues[label].Length)]);
                rows.Add(new LabeledText(string.Join(' ', words), label));
            }
        }

        return rows;
    }
}
