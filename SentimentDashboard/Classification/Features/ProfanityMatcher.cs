namespace SentimentDashboard.Classification.Features;

/// <summary>
/// Decides whether a token is a listed profanity. Lists hold base forms, so with <c>forms</c> on it also accepts an
/// elongated spelling ("fuuckk") and an inflected one ("fucked", "assholes", "raped", "shitting"). An inflected form
/// the word vectors know counts only when its vector lies close to its base word's, which keeps "butter", "spicy" and
/// "scatter" out; forms the vectors do not know (most swearing, in news-trained vectors) count as their base.
/// </summary>
public sealed class ProfanityMatcher
{
    /// <summary>Below this cosine between a form and its base word, the form means something else.</summary>
    public const float MinCosine = 0.4f;

    private const int MinStemLength = 3;

    private const int PrefixBits = 4096;

    private static readonly string[] Suffixes = ["s", "es", "ed", "er", "ers", "ing", "in", "y", "ies", "ier", "iest", "ery"];

    /// <summary>Endings after a doubled final consonant: "shit" → "shitting", "slut" → "slutty".</summary>
    private static readonly string[] DoublingSuffixes = ["ed", "er", "ers", "ing", "in", "y", "ies"];

    /// <summary>Endings after a final "e": "rape" → "raped", "hater" from "hate".</summary>
    private static readonly string[] SilentESuffixes = ["d", "r", "rs"];

    private readonly ProfanityList _list;
    private readonly WordVectors? _vectors;
    private readonly bool _forms;

    /// <summary>Which three-letter beginnings listed words have: most tokens fail this test before any lookup.</summary>
    private readonly ulong[] _prefixes = new ulong[PrefixBits / 64];

    public ProfanityMatcher(ProfanityList list, WordVectors? vectors, bool forms)
    {
        _list = list;
        _vectors = vectors;
        _forms = forms;
        foreach (var word in list.Words)
        {
            if (word.Length >= MinStemLength)
            {
                var key = PrefixKey(word);
                _prefixes[key >> 6] |= 1UL << (key & 63);
            }
        }
    }

    public bool Matches(ReadOnlySpan<char> word, bool elongated) => _list.Contains(word) || MatchesForm(word, elongated);

    /// <summary>Whether a word that is not itself listed is an elongated or inflected form of a listed one.</summary>
    public bool MatchesForm(ReadOnlySpan<char> word, bool elongated)
    {
        if (!_forms || word.Length > 64 || word.Length <= MinStemLength)
        {
            return false;
        }

        if (elongated && _list.Contains(Singled(word, stackalloc char[word.Length])))
        {
            return true;
        }

        var key = PrefixKey(word);
        if ((_prefixes[key >> 6] & (1UL << (key & 63))) == 0)
        {
            return false;
        }

        var stem = StemLength(word);
        return stem > 0 && IsSameSense(word, word[..stem]);
    }

    private static int PrefixKey(ReadOnlySpan<char> word) => ((word[0] * 961) + (word[1] * 31) + word[2]) & (PrefixBits - 1);

    /// <summary>The length of the listed word <paramref name="word"/> inflects, or 0.</summary>
    private int StemLength(ReadOnlySpan<char> word)
    {
        foreach (var suffix in Suffixes)
        {
            var stem = word.Length - suffix.Length;
            if (word.EndsWith(suffix) && IsListedStem(word, stem))
            {
                return stem;
            }
        }

        foreach (var suffix in DoublingSuffixes)
        {
            var stem = word.Length - suffix.Length - 1;
            if (word.EndsWith(suffix) && IsListedStem(word, stem) && word[stem] == word[stem - 1] && !IsVowel(word[stem]))
            {
                return stem;
            }
        }

        foreach (var suffix in SilentESuffixes)
        {
            var stem = word.Length - suffix.Length;
            if (word.EndsWith(suffix) && IsListedStem(word, stem) && stem > MinStemLength && word[stem - 1] == 'e')
            {
                return stem;
            }
        }

        return 0;
    }

    private bool IsListedStem(ReadOnlySpan<char> word, int stem) => stem >= MinStemLength && _list.Contains(word[..stem]);

    /// <summary>A form the vectors know must lie close to its base word, which they must know too.</summary>
    private bool IsSameSense(ReadOnlySpan<char> word, ReadOnlySpan<char> stem) =>
        _vectors is null || !_vectors.TryFind(word, out var row)
        || (_vectors.TryFind(stem, out var stemRow) && _vectors.Cosine(row, stemRow) >= MinCosine);

    /// <summary>The word with every run of a letter made single.</summary>
    private static ReadOnlySpan<char> Singled(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var length = 0;
        foreach (var c in word)
        {
            if (length == 0 || buffer[length - 1] != c)
            {
                buffer[length++] = c;
            }
        }

        return buffer[..length];
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
