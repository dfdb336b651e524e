using System.Globalization;
using System.Reflection;
using System.Text;

namespace SentimentDashboard.Analysis.Risk;

/// <summary>
/// Finds who a post is about from the maintained term list (<c>HateTargetTerms.txt</c>, embedded): the target with
/// the most matching terms (the list's order breaks ties), else an individual when the post addresses someone (a
/// mention, or "you"). It does not judge hate: <see cref="RiskAssessor"/> asks it only about posts the hate model finds
/// hateful enough. Thread-safe.
/// </summary>
public sealed class HateTargetDetector
{
    public const string ResourceName = "HateTargetTerms.txt";

    private static readonly int TargetCount = Enum.GetValues<HateTarget>().Length;

    private static readonly HashSet<string> SecondPerson = new(["you", "your", "youre", "you're", "u", "ur", "yourself"], StringComparer.Ordinal);

    // Entries by their first word (longest first), and single words with an open ending by that word's beginning.
    private readonly Dictionary<string, Entry[]> _byFirstWord;
    private readonly Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _byPrefix;

    public HateTargetDetector()
        : this(ReadResource())
    {
    }

    public HateTargetDetector(string termList)
    {
        var entries = Parse(termList);
        TermCount = entries.Length;
        _byFirstWord = entries.Where(e => e.Words.Length > 1 || !e.Prefix)
            .GroupBy(e => e.Words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Words.Length).ToArray(), StringComparer.Ordinal);
        _byPrefix = entries.Where(e => e.Words.Length == 1 && e.Prefix)
            .ToDictionary(e => e.Words[0], StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int TermCount { get; }

    public TargetMatch Detect(string text)
    {
        var words = Words(text);
        var counts = new int[TargetCount];
        var terms = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            if (Match(words, i) is not { } entry)
            {
                continue;
            }

            counts[(int)entry.Target]++;
            var matched = string.Join(' ', words.AsSpan(i, entry.Words.Length).ToArray());
            if (!terms.Contains(matched))
            {
                terms.Add(matched);
            }
        }

        var best = -1;
        for (var t = 0; t < counts.Length; t++)
        {
            if (counts[t] > 0 && (best < 0 || counts[t] > counts[best]))
            {
                best = t;
            }
        }

        if (best >= 0)
        {
            return new TargetMatch((HateTarget)best, terms);
        }

        var addressed = words.FirstOrDefault(w => w.StartsWith('@') || SecondPerson.Contains(w));
        return addressed is null ? TargetMatch.None : new TargetMatch(HateTarget.Individual, [addressed]);
    }

    private Entry? Match(string[] words, int start)
    {
        if (_byFirstWord.TryGetValue(words[start], out var candidates))
        {
            foreach (var entry in candidates)
            {
                if (entry.Matches(words, start))
                {
                    return entry;
                }
            }
        }

        var word = words[start].AsSpan();
        for (var length = word.Length; length > 0; length--)
        {
            if (_byPrefix.TryGetValue(word[..length], out var entry))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>Lower-case words (letters, digits, _ and inner apostrophes) without accents; mentions keep their @.</summary>
    private static string[] Words(string text)
    {
        // Most posts are ASCII: they skip the decomposition that strips accents.
        var plain = Ascii.IsValid(text) ? text.ToLowerInvariant() : WithoutAccents(text);
        var words = new List<string>();
        var i = 0;
        while (i < plain.Length)
        {
            var start = i;
            if (plain[i] == '@' && i + 1 < plain.Length && IsWordChar(plain[i + 1]))
            {
                i++;
            }

            while (i < plain.Length && IsWordChar(plain[i]))
            {
                i++;
            }

            if (i == start)
            {
                i++;
                continue;
            }

            var word = plain.AsSpan(start, i - start).Trim('\'');
            if (word.Length > 0)
            {
                words.Add(word.ToString());
            }
        }

        return [.. words];
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || char.IsNumber(c) || c is '_' or '\'';

    private static string WithoutAccents(string text)
    {
        var plain = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                plain.Append(char.ToLowerInvariant(c));
            }
        }

        return plain.ToString();
    }

    private static Entry[] Parse(string termList)
    {
        var entries = new List<Entry>();
        HateTarget? section = null;
        foreach (var raw in termList.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                var name = line[1..^1].Replace("-", "", StringComparison.Ordinal);
                section = Enum.TryParse<HateTarget>(name, ignoreCase: true, out var target) && target != HateTarget.Individual
                    ? target
                    : throw new InvalidDataException($"{ResourceName}: unknown section {line}");
                continue;
            }

            var prefix = line.EndsWith('*');
            var words = Words(prefix ? line[..^1] : line);
            if (section is null || words.Length is 0 or > 3)
            {
                throw new InvalidDataException($"{ResourceName}: '{line}' is outside a section or not one to three words");
            }

            entries.Add(new Entry(words, prefix, section.Value));
        }

        return [.. entries];
    }

    private static string ReadResource()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed record Entry(string[] Words, bool Prefix, HateTarget Target)
    {
        public bool Matches(string[] words, int start)
        {
            if (start + Words.Length > words.Length)
            {
                return false;
            }

            for (var k = 0; k < Words.Length; k++)
            {
                var word = words[start + k];
                var last = k == Words.Length - 1;
                if (!(last && Prefix ? word.StartsWith(Words[k], StringComparison.Ordinal) : word == Words[k]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
