using System.Globalization;

namespace SentimentDashboard.Classification;

/// <summary>
/// Davidson et al. (2017): a CSV whose <c>class</c> column is 0 hate speech, 1 offensive language, 2 neither and whose
/// <c>tweet</c> column is the text. Hate speech is offensive too, so for the offensive task classes 0 and 1 both count.
/// </summary>
internal static class DavidsonCsvFormat
{
    public static List<LabeledText> Read(string path, ClassificationTask task)
    {
        var labelOfClass = LabelsOfClasses(path, task);
        var records = CsvReader.Parse(File.ReadAllText(path), path);
        if (records.Count == 0)
        {
            throw new InvalidDataException($"{path}: empty CSV file");
        }

        var header = records[0].Fields;
        var classColumn = IndexOf(header, "class");
        var tweetColumn = IndexOf(header, "tweet");
        if (classColumn < 0 || tweetColumn < 0)
        {
            throw new InvalidDataException($"{path}:{records[0].Line}: the header has no 'class' and 'tweet' columns");
        }

        var items = new List<LabeledText>(records.Count - 1);
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count != header.Count)
            {
                throw new InvalidDataException($"{path}:{record.Line}: {record.Fields.Count} fields, the header has {header.Count}");
            }

            var value = record.Fields[classColumn];
            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var davidsonClass) || davidsonClass >= labelOfClass.Length)
            {
                throw new InvalidDataException($"{path}:{record.Line}: class '{value}' is not 0, 1 or 2");
            }

            items.Add(new LabeledText(record.Fields[tweetColumn], labelOfClass[davidsonClass]));
        }

        return items;
    }

    private static int[] LabelsOfClasses(string path, ClassificationTask task)
    {
        int Label(string name) => task.LabelIndex(name);
        return task.Name switch
        {
            "hate" => [Label("hate"), Label("not-hate"), Label("not-hate")],
            "offensive" => [Label("offensive"), Label("offensive"), Label("not-offensive")],
            _ => throw new InvalidDataException($"{path}: davidson data has no {task.Name} labels"),
        };
    }

    private static int IndexOf(IReadOnlyList<string> header, string column)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i].Trim(), column, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
