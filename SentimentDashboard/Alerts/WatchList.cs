using System.Globalization;
using System.Text;

namespace SentimentDashboard.Alerts;

/// <summary>
/// A rule's terms and phrases, matched as whole words, ignoring case and accents ("Café" matches "cafe", "cat" does
/// not match "category"); a phrase matches its words in a row, whatever the punctuation between them.
/// </summary>
public sealed class WatchList
{
    /// <summary>Two letters between the padding spaces: a single letter would match everywhere.</summary>
    private const int MinNeedle = 4;

    private readonly (string Term, string Needle)[] _terms;

    public WatchList(string? terms) =>
        _terms = [.. (terms ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(term => (Term: term, Needle: Normalize(term)))
            .Where(t => t.Needle.Length >= MinNeedle)
            .DistinctBy(t => t.Needle)];

    public bool IsEmpty => _terms.Length == 0;

    /// <summary>The terms (as the rule writes them) that occur in <paramref name="text"/>.</summary>
    public IReadOnlyList<string> Matches(string text)
    {
        var haystack = Normalize(text);
        return [.. _terms.Where(t => haystack.Contains(t.Needle, StringComparison.Ordinal)).Select(t => t.Term)];
    }

    /// <summary>Lower-case words without accents, one space between them and one at each end, so words match whole.</summary>
    public static string Normalize(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var words = new StringBuilder(decomposed.Length + 2).Append(' ');
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                words.Append(char.ToLowerInvariant(c));
            }
            else if (words[^1] != ' ')
            {
                words.Append(' ');
            }
        }

        if (words[^1] != ' ')
        {
            words.Append(' ');
        }

        return words.ToString();
    }
}
