using System.Collections.Frozen;

namespace SentimentDashboard.Text;

/// <summary>
/// A small, fast language identifier, good enough to tell English from other languages so that the English models
/// only score what they can read. Non-Latin scripts are named by their script's main language; Latin text is scored
/// against hand-written profiles of en, fr, de, es, it, pt and nl (function words, letter trigrams, accents). Short
/// texts without evidence count as English; longer ones without any English word as undetermined ("und").
/// </summary>
public static class LanguageDetector
{
    public const string English = "en";
    public const string Undetermined = "und";

    private const int MaxScannedChars = 2000;
    private const int MaxWordLength = 24;
    private const float TrigramWeight = 0.15f;
    private const float MinEvidence = 1.5f;
    private const float Margin = 1.5f;
    private const int WordsToExpectEnglishEvidence = 8;

    private static readonly FrozenDictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> Words =
        LanguageProfiles.WordLanguages.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> Trigrams =
        LanguageProfiles.TrigramLanguages.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The primary subtag of a language tag, lower-case ("pt-BR" → "pt"); null when empty.</summary>
    public static string? PrimaryTag(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var end = tag.AsSpan().IndexOfAny('-', '_');
        return (end < 0 ? tag : tag[..end]).Trim().ToLowerInvariant();
    }

    public static string Detect(ReadOnlySpan<char> text)
    {
        text = text[..Math.Min(text.Length, MaxScannedChars)];
        var script = ScriptLanguage(text);
        if (script is not null)
        {
            return script;
        }

        Span<float> scores = stackalloc float[LanguageProfiles.Count];
        var words = ScoreLatin(text, scores);
        var best = 1;
        for (var i = 2; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        if (scores[best] >= MinEvidence && scores[best] > Margin * scores[LanguageProfiles.English])
        {
            return LanguageProfiles.Codes[best];
        }

        return scores[LanguageProfiles.English] > 0 || words < WordsToExpectEnglishEvidence ? English : Undetermined;
    }

    /// <summary>Whether most letters of the text are not Latin (accented Latin letters are Latin); false without letters.</summary>
    public static bool IsMostlyNonLatin(ReadOnlySpan<char> text)
    {
        text = text[..Math.Min(text.Length, MaxScannedChars)];
        int latin = 0, other = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                _ = c < 0x250 ? latin++ : other++;
            }
        }

        return other > latin;
    }

    /// <summary>The language of a non-Latin script when most letters are in it; null for Latin-script text.</summary>
    private static string? ScriptLanguage(ReadOnlySpan<char> text)
    {
        int latin = 0, other = 0, kana = 0, han = 0, cyrillic = 0, greek = 0, arabic = 0, hebrew = 0, devanagari = 0, thai = 0, hangul = 0;
        foreach (var c in text)
        {
            if (c < 0x250)
            {
                latin += char.IsLetter(c) ? 1 : 0;
                continue;
            }

            switch (c)
            {
                case >= '\u0370' and <= '\u03FF': greek++; break;
                case >= '\u0400' and <= '\u04FF': cyrillic++; break;
                case >= '\u0590' and <= '\u05FF': hebrew++; break;
                case >= '\u0600' and <= '\u06FF': arabic++; break;
                case >= '\u0900' and <= '\u097F': devanagari++; break;
                case >= '\u0E00' and <= '\u0E7F': thai++; break;
                case >= '\u3040' and <= '\u30FF': kana++; break;
                case >= '\u4E00' and <= '\u9FFF': han++; break;
                case (>= '\uAC00' and <= '\uD7AF') or (>= '\u1100' and <= '\u11FF'): hangul++; break;
                default: continue;
            }

            other++;
        }

        if (other <= latin)
        {
            return null;
        }

        if (kana > 0)
        {
            return "ja";
        }

        (int Count, string Code)[] scripts =
            [(han, "zh"), (cyrillic, "ru"), (greek, "el"), (arabic, "ar"), (hebrew, "he"), (devanagari, "hi"), (thai, "th"), (hangul, "ko")];
        return scripts.MaxBy(s => s.Count).Code;
    }

    /// <summary>Adds each language's evidence to <paramref name="scores"/>; returns the number of words seen.</summary>
    private static int ScoreLatin(ReadOnlySpan<char> text, Span<float> scores)
    {
        Span<char> word = stackalloc char[MaxWordLength];
        var words = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetter(c))
            {
                if (LanguageProfiles.LetterWeights.TryGetValue(c, out var punctuation))
                {
                    Add(scores, punctuation);
                }

                i += c is '@' or '#' || IsUrlStart(text[i..]) ? SkipToken(text[i..]) : 1;
                continue;
            }

            var length = 0;
            while (i < text.Length && (char.IsLetter(text[i]) || (IsApostrophe(text[i]) && length > 0)))
            {
                var lower = IsApostrophe(text[i]) ? '\'' : char.ToLowerInvariant(text[i]);
                if (LanguageProfiles.LetterWeights.TryGetValue(lower, out var weights))
                {
                    Add(scores, weights);
                }

                if (length < word.Length)
                {
                    word[length] = lower;
                }

                length++;
                i++;
            }

            if (length <= word.Length)
            {
                words++;
                ScoreWord(word[..length], scores);
            }
        }

        return words;
    }

    private static void ScoreWord(ReadOnlySpan<char> word, Span<float> scores)
    {
        if (Words.TryGetValue(word, out var mask))
        {
            Add(scores, mask, 1f);
        }
        else if (word.IndexOf('\'') is var apostrophe and > 0)
        {
            // Elisions (l'homme, dell'anno) name their language by the prefix; English contractions by the suffix.
            if (Words.TryGetValue(word[..(apostrophe + 1)], out var prefix))
            {
                Add(scores, prefix, 1f);
            }
            else if (word[apostrophe..] is "'s" or "'t" or "'re" or "'ll" or "'ve" or "'m" or "'d")
            {
                scores[LanguageProfiles.English] += 1f;
            }
        }

        for (var start = 0; start + 3 <= word.Length; start++)
        {
            if (Trigrams.TryGetValue(word.Slice(start, 3), out var trigram))
            {
                Add(scores, trigram, TrigramWeight);
            }
        }
    }

    private static void Add(Span<float> scores, byte mask, float weight)
    {
        var share = weight / byte.PopCount(mask);
        for (var language = 0; language < scores.Length; language++)
        {
            if ((mask & (1 << language)) != 0)
            {
                scores[language] += share;
            }
        }
    }

    private static void Add(Span<float> scores, float[] weights)
    {
        for (var language = 0; language < scores.Length; language++)
        {
            scores[language] += weights[language];
        }
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static bool IsUrlStart(ReadOnlySpan<char> text) =>
        text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static int SkipToken(ReadOnlySpan<char> text)
    {
        var end = text.IndexOfAny(' ', '\n', '\t');
        return end < 0 ? text.Length : end + 1;
    }
}
