using System.Globalization;
using System.Text;

namespace SentimentDashboard.Classification;

/// <summary>Undoes the encodings the SemEval TSV files put on a tweet; the text stays otherwise raw.</summary>
internal static class TsvTextDecoder
{
    public static string Decode(ReadOnlySpan<char> field)
    {
        if (IsCsvQuoted(field))
        {
            field = CollapseQuoteRuns(field[1..^1]);
        }

        return field.Contains('\\') ? DecodeEscapes(field) : field.ToString();
    }

    /// <summary>
    /// About a quarter of the rows were CSV-quoted before being written as TSV: wrapped in quotes with inner quotes
    /// doubled, some twice over (<c>""""</c>). A field counts as quoted only when every inner run of quotes has even
    /// length, so a tweet that merely starts and ends with its own quotes (<c>"Get them…," he says. "They…"</c>) stays as it is.
    /// </summary>
    private static bool IsCsvQuoted(ReadOnlySpan<char> field)
    {
        if (field.Length < 2 || field[0] != '"' || field[^1] != '"')
        {
            return false;
        }

        var inner = field[1..^1];
        var run = 0;
        foreach (var c in inner)
        {
            if (c == '"')
            {
                run++;
            }
            else if (run % 2 == 1)
            {
                return false;
            }
            else
            {
                run = 0;
            }
        }

        return run % 2 == 0;
    }

    private static ReadOnlySpan<char> CollapseQuoteRuns(ReadOnlySpan<char> inner)
    {
        if (!inner.Contains('"'))
        {
            return inner;
        }

        var result = new StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] != '"' || i == 0 || inner[i - 1] != '"')
            {
                result.Append(inner[i]);
            }
        }

        return result.ToString();
    }

    /// <summary>JSON escapes left in the 2013 and 2015 files: <c>\uXXXX</c> (surrogate pairs too), <c>\"</c> and <c>\\</c>; other backslashes are text (<c>\m/</c>).</summary>
    private static string DecodeEscapes(ReadOnlySpan<char> text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\\' || i + 1 == text.Length)
            {
                result.Append(c);
                continue;
            }

            var next = text[i + 1];
            if (next is '"' or '\\')
            {
                result.Append(next);
                i++;
            }
            else if (TryHex(text, i, out var unit))
            {
                i += 5;
                if (char.IsHighSurrogate(unit) && TryHex(text, i + 1, out var low) && char.IsLowSurrogate(low))
                {
                    result.Append(unit).Append(low);
                    i += 6;
                }
                else
                {
                    result.Append(char.IsSurrogate(unit) ? '\uFFFD' : unit);
                }
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    /// <summary>Reads <c>\uXXXX</c> starting at <paramref name="start"/>.</summary>
    private static bool TryHex(ReadOnlySpan<char> text, int start, out char unit)
    {
        unit = '\0';
        if (start + 6 > text.Length || text[start] != '\\' || text[start + 1] != 'u'
            || !ushort.TryParse(text.Slice(start + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        unit = (char)value;
        return true;
    }
}
