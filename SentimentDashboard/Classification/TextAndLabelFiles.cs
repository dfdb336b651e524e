using System.Globalization;

namespace SentimentDashboard.Classification;

/// <summary>TweetEval's layout: a text file and a label-index file with one item a line, and a <c>mapping.txt</c> naming the indices.</summary>
internal static class TextAndLabelFiles
{
    public static List<LabeledText> Read(string textPath, string labelsPath, string mappingPath, ClassificationTask task)
    {
        var toTaskLabel = ReadMapping(mappingPath, task);
        var texts = File.ReadAllLines(textPath);
        var labels = File.ReadAllLines(labelsPath);
        if (texts.Length != labels.Length)
        {
            throw new InvalidDataException($"{textPath} has {texts.Length} lines but {labelsPath} has {labels.Length}");
        }

        var items = new List<LabeledText>(texts.Length);
        for (var i = 0; i < texts.Length; i++)
        {
            var value = labels[i].Trim();
            if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var index)
                || !toTaskLabel.TryGetValue(index, out var label))
            {
                throw new InvalidDataException($"{labelsPath}:{i + 1}: label '{value}' is not an index listed in {mappingPath}");
            }

            items.Add(new LabeledText(texts[i], label));
        }

        return items;
    }

    /// <summary>Maps the file's label indices onto the task's label order, matching names case-insensitively.</summary>
    private static Dictionary<int, int> ReadMapping(string mappingPath, ClassificationTask task)
    {
        var toTaskLabel = new Dictionary<int, int>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(mappingPath))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var separator = line.AsSpan().IndexOfAny('\t', ' ');
            if (separator < 0 || !int.TryParse(line.AsSpan(0, separator), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var index))
            {
                throw new InvalidDataException($"{mappingPath}:{lineNumber}: expected index<TAB>name");
            }

            var name = line[(separator + 1)..].Trim();
            var label = task.LabelIndex(name);
            if (label < 0)
            {
                throw new InvalidDataException(
                    $"{mappingPath}:{lineNumber}: '{name}' is not one of the {task.Name} labels ({string.Join(", ", task.Labels)})");
            }

            if (toTaskLabel.ContainsKey(index) || toTaskLabel.ContainsValue(label))
            {
                throw new InvalidDataException($"{mappingPath}:{lineNumber}: index {index} or label '{name}' is listed twice");
            }

            toTaskLabel.Add(index, label);
        }

        return toTaskLabel.Count > 0 ? toTaskLabel : throw new InvalidDataException($"{mappingPath}: no labels");
    }
}
