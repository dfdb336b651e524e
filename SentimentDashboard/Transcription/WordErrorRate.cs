using System.Text;

namespace SentimentDashboard.Transcription;

/// <summary>
/// How far a hypothesis is from a reference transcript in words: the substitutions, deletions and insertions of a
/// minimal word-level edit, after lower-casing and dropping punctuation (apostrophes inside words are kept: "don't").
/// </summary>
public sealed record WordErrorRate(int Substitutions, int Deletions, int Insertions, int ReferenceWords)
{
    public int Errors => Substitutions + Deletions + Insertions;

    /// <summary>Errors per reference word (above 1 when there are many insertions); for an empty reference 0 or 1.</summary>
    public double Rate => ReferenceWords > 0 ? (double)Errors / ReferenceWords : Errors > 0 ? 1 : 0;

    public static WordErrorRate Compute(string reference, string hypothesis)
    {
        var expected = Words(reference);
        var actual = Words(hypothesis);

        // cost[i, j]: the cheapest edit of expected[..i] into actual[..j].
        var cost = new int[expected.Length + 1, actual.Length + 1];
        for (var i = 0; i <= expected.Length; i++)
        {
            for (var j = 0; j <= actual.Length; j++)
            {
                cost[i, j] = i == 0 ? j
                    : j == 0 ? i
                    : Math.Min(
                        cost[i - 1, j - 1] + (expected[i - 1] == actual[j - 1] ? 0 : 1),
                        Math.Min(cost[i - 1, j], cost[i, j - 1]) + 1);
            }
        }

        return Count(cost, expected, actual);
    }

    /// <summary>Walks one cheapest path back from the end, counting each kind of edit on it.</summary>
    private static WordErrorRate Count(int[,] cost, string[] expected, string[] actual)
    {
        int substitutions = 0, deletions = 0, insertions = 0;
        var i = expected.Length;
        var j = actual.Length;
        while (i > 0 || j > 0)
        {
            if (i > 0 && j > 0 && cost[i, j] == cost[i - 1, j - 1] + (expected[i - 1] == actual[j - 1] ? 0 : 1))
            {
                substitutions += expected[i - 1] == actual[j - 1] ? 0 : 1;
                i--;
                j--;
            }
            else if (i > 0 && cost[i, j] == cost[i - 1, j] + 1)
            {
                deletions++;
                i--;
            }
            else
            {
                insertions++;
                j--;
            }
        }

        return new WordErrorRate(substitutions, deletions, insertions, expected.Length);
    }

    private static string[] Words(string text)
    {
        var cleaned = new StringBuilder(text.Length);
        foreach (var character in text.ToLowerInvariant())
        {
            cleaned.Append(char.IsLetterOrDigit(character) || character == '\'' ? character : ' ');
        }

        return cleaned.ToString()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(word => word.Trim('\''))
            .Where(word => word.Length > 0)
            .ToArray();
    }
}
