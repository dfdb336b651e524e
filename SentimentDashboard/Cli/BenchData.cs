using System.Text.Json;

namespace SentimentDashboard.Cli;

/// <summary>Texts to measure on: the text column of a TSV (<c>id, label, text</c>), the <c>text</c> of JSON Lines, or plain lines.</summary>
internal static class BenchData
{
    public static IReadOnlyList<string> ReadTexts(string path)
    {
        var texts = new List<string>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('{'))
            {
                texts.Add(TextOfJson(line, path, lineNumber));
            }
            else
            {
                var columns = line.Split('\t');
                texts.Add(columns.Length >= 3 ? columns[2] : line);
            }
        }

        return texts;
    }

    private static string TextOfJson(string line, string path, int lineNumber)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String
                ? text.GetString()!
                : throw new InvalidDataException($"{path}:{lineNumber}: no \"text\" string");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}:{lineNumber}: invalid JSON ({e.Message})");
        }
    }
}
