using System.Globalization;

namespace SentimentDashboard.Classification;

/// <summary>SemEval TSV: <c>id&lt;TAB&gt;label&lt;TAB&gt;text</c>, labels by name (any case) or by index.</summary>
internal static class SemEvalTsvFormat
{
    public static List<LabeledText> Read(string path, ClassificationTask task)
    {
        var items = new List<LabeledText>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var firstTab = line.IndexOf('\t');
            var secondTab = firstTab < 0 ? -1 : line.IndexOf('\t', firstTab + 1);
            if (secondTab < 0)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected id<TAB>label<TAB>text");
            }

            var label = ParseLabel(line[(firstTab + 1)..secondTab].Trim(), task, path, lineNumber);
            // Columns after the text are not part of it: twitter-2016test-A.tsv has a fourth, empty but for 10 timestamps.
            var text = line.AsSpan(secondTab + 1);
            var thirdTab = text.IndexOf('\t');
            text = thirdTab < 0 ? text : text[..thirdTab];
            items.Add(new LabeledText(TsvTextDecoder.Decode(text), label));
        }

        return items;
    }

    private static int ParseLabel(string name, ClassificationTask task, string path, int lineNumber)
    {
        var index = task.LabelIndex(name);
        if (index >= 0)
        {
            return index;
        }

        if (int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out index) && index < task.Labels.Count)
        {
            return index;
        }

        throw new InvalidDataException(
            $"{path}:{lineNumber}: unknown {task.Name} label '{name}' (expected one of {string.Join(", ", task.Labels)} or an index 0..{task.Labels.Count - 1})");
    }
}
