using System.Globalization;
using SentimentDashboard.Text;

namespace SentimentDashboard.Classification.Features;

/// <summary>
/// A valence lexicon (VADER's format: <c>term&lt;TAB&gt;mean valence in [-4, 4]&lt;TAB&gt;...</c>) turned into a few
/// dense features: sums, counts and extremes of positive and negative valence, with VADER's negation damping (-0.74)
/// and a boost for shouted (all-caps) words. Emoticon entries are keyed by the tokenizer's canonical emoticon names.
/// </summary>
public sealed class SentimentLexicon
{
    public const int FeatureCount = 8;
    private const float NegationFactor = -0.74f;
    private const float CapsFactor = 1.25f;

    private readonly Dictionary<string, float> _valences;
    private readonly Dictionary<string, float>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public SentimentLexicon(IReadOnlyDictionary<string, float> valences)
    {
        _valences = new Dictionary<string, float>(valences, StringComparer.Ordinal);
        _lookup = _valences.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _valences.Count;

    public bool TryGetValence(ReadOnlySpan<char> term, out float valence) => _lookup.TryGetValue(term, out valence);

    public IReadOnlyDictionary<string, float> Valences => _valences;

    /// <summary>
    /// Writes the <see cref="FeatureCount"/> lexicon features of a tokenized text into <paramref name="output"/>, given
    /// each token's entry in a <see cref="TokenVocabulary"/> built with this lexicon.
    /// </summary>
    public static void Compute(ReadOnlySpan<Token> tokens, ReadOnlySpan<TokenEntry> entries, Span<float> output)
    {
        float positive = 0, negative = 0, positiveCount = 0, negativeCount = 0, maxPositive = 0, maxNegative = 0, last = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            var valence = IsScored(tokens[t]) ? InContext(entries[t].Valence, tokens[t]) : 0;
            if (valence == 0)
            {
                continue;
            }

            if (valence > 0)
            {
                positive += valence;
                positiveCount++;
                maxPositive = Math.Max(maxPositive, valence);
            }
            else
            {
                negative -= valence;
                negativeCount++;
                maxNegative = Math.Max(maxNegative, -valence);
            }

            last = valence;
        }

        var net = positive - negative;
        output[0] = positive / 4;
        output[1] = negative / 4;
        output[2] = MathF.Log(1 + positiveCount);
        output[3] = MathF.Log(1 + negativeCount);
        output[4] = maxPositive / 4;
        output[5] = maxNegative / 4;
        output[6] = last / 4;
        output[7] = net / MathF.Sqrt((net * net) + 15); // VADER's "compound" normalisation
    }

    /// <summary>A token's valence in context: negation damps and flips it, shouting boosts it; 0 when not in the lexicon.</summary>
    public float ValenceOf(TweetTokenizer tokenizer, Token token) =>
        IsScored(token) && _lookup.TryGetValue(tokenizer.TextOf(token), out var valence) ? InContext(valence, token) : 0;

    private static bool IsScored(Token token) => token.Kind is TokenKind.Word or TokenKind.Emoticon;

    private static float InContext(float valence, Token token)
    {
        if (token.Has(TokenFlags.Negated))
        {
            valence *= NegationFactor;
        }

        if (token.Has(TokenFlags.AllCaps) || token.Has(TokenFlags.Elongated))
        {
            valence *= CapsFactor;
        }

        return valence;
    }

    public static SentimentLexicon ParseVader(string path)
    {
        var valences = new Dictionary<string, float>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            var columns = line.Split('\t');
            if (columns.Length < 2 || columns[0].Length == 0)
            {
                continue;
            }

            if (!float.TryParse(columns[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var valence))
            {
                throw new InvalidDataException($"{path}:{lineNumber}: '{columns[1]}' is not a valence");
            }

            var term = Emoticons.TryMatch(columns[0], out var length, out var canonical) && length == columns[0].Length
                ? canonical
                : columns[0].ToLowerInvariant();
            valences.TryAdd(term, valence);
        }

        return valences.Count > 0 ? new SentimentLexicon(valences) : throw new InvalidDataException($"'{path}' has no lexicon entries");
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_valences.Count);
        foreach (var (term, valence) in _valences.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(term);
            writer.Write(valence);
        }
    }

    public static SentimentLexicon Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count is < 0 or > 10_000_000)
        {
            throw new InvalidDataException($"lexicon: implausible size {count}");
        }

        var valences = new Dictionary<string, float>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            valences[reader.ReadString()] = reader.ReadSingle();
        }

        return new SentimentLexicon(valences);
    }

    public string ComputeHash()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            Write(writer);
        }

        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream.ToArray()));
    }
}
