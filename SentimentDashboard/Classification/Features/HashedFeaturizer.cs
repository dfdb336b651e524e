using SentimentDashboard.Text;

namespace SentimentDashboard.Classification.Features;

/// <summary>
/// Turns a text into a <see cref="FeatureBag"/>: hashed word n-grams and within-word character n-grams with sub-linear
/// term frequency (with a shared mark for listed profanities), plus the mean word vector. Holds scratch buffers: one
/// instance per thread.
/// </summary>
public sealed class HashedFeaturizer
{
    private static readonly uint ElongatedHash = FeatureHash.Of("<elongated>", FeatureHash.WordSeed);
    private static readonly uint AllCapsHash = FeatureHash.Of("<allcaps>", FeatureHash.WordSeed);
    private static readonly uint ProfanityHash = FeatureHash.Of("<profanity>", FeatureHash.WordSeed);

    private readonly FeaturizerSettings _settings;
    private readonly TokenVocabulary _vocabulary;
    private readonly WordVectors? _vectors;
    private readonly SentimentLexicon? _lexicon;
    private readonly ProfanityMatcher? _profanity;
    private readonly TweetTokenizer _tokenizer = new();
    private readonly int _mask;
    private readonly FeatureSlots _slots = new();
    private uint[] _sequence = new uint[256];
    private TokenEntry[] _entries = new TokenEntry[256];

    public HashedFeaturizer(FeaturizerSettings settings, WordVectors? vectors, SentimentLexicon? lexicon = null, ProfanityList? profanity = null)
        : this(settings, TokenVocabulary.Build(vectors, lexicon, profanity))
    {
    }

    /// <summary>With a vocabulary built once and shared, which saves building one per featurizer.</summary>
    public HashedFeaturizer(FeaturizerSettings settings, TokenVocabulary vocabulary)
    {
        settings.Validate();
        _settings = settings;
        _vocabulary = vocabulary;
        _vectors = vocabulary.Vectors;
        _lexicon = vocabulary.Lexicon;
        _profanity = vocabulary.Profanity is { } profanity ? new ProfanityMatcher(profanity, _vectors, settings.MatchProfanityForms) : null;
        _mask = settings.BucketCount - 1;
    }

    public FeaturizerSettings Settings => _settings;

    public WordVectors? Vectors => _vectors;

    public TweetTokenizer Tokenizer => _tokenizer;

    public FeatureBag CreateBag() => new(DenseDimensions(_vectors, _lexicon, _settings));

    /// <summary>Dense features: the mean word vector's dimensions, then the lexicon features, then the hate cues.</summary>
    public static int DenseDimensions(WordVectors? vectors, SentimentLexicon? lexicon, FeaturizerSettings settings) =>
        (vectors?.Dimensions ?? 0) + (lexicon is null ? 0 : SentimentLexicon.FeatureCount) + (settings.HateCues ? HateCues.FeatureCount : 0);

    /// <summary>Featurizes <paramref name="text"/> into <paramref name="bag"/>; <paramref name="trace"/>, when given, receives (token, block, bucket) for every emitted feature.</summary>
    public void Featurize(string? text, FeatureBag bag, List<FeatureTrace>? trace = null)
    {
        _tokenizer.Tokenize(text);
        bag.Clear();
        var tokens = _tokenizer.Tokens;
        // An upper bound of emitted features: 7 word features per token, max-n character n-grams per padded char.
        _slots.Prepare((7 * tokens.Length) + (_settings.CharNgramMax * (_tokenizer.CharCount + (2 * tokens.Length))));
        LookUp(tokens);
        AddWordBlock(tokens, bag, trace);
        bag.EndWordBlock();
        if (_settings.CharNgramMax > 0)
        {
            AddCharBlock(tokens, bag, trace);
        }

        ApplySublinearTf(bag);
        if (_vectors is not null)
        {
            AddMeanVector(tokens, bag);
        }

        var cues = _settings.HateCues ? HateCues.FeatureCount : 0;
        if (_lexicon is not null)
        {
            SentimentLexicon.Compute(tokens, _entries, bag.Dense.AsSpan(bag.Dense.Length - cues - SentimentLexicon.FeatureCount, SentimentLexicon.FeatureCount));
        }

        if (cues > 0)
        {
            HateCues.Compute(tokens, _entries, bag.Dense.AsSpan(bag.Dense.Length - cues));
        }
    }

    /// <summary>Every token's vocabulary entry (hashtags are not words to the vectors, lexicon or list).</summary>
    private void LookUp(ReadOnlySpan<Token> tokens)
    {
        if (_entries.Length < tokens.Length)
        {
            _entries = new TokenEntry[tokens.Length * 2];
        }

        for (var t = 0; t < tokens.Length; t++)
        {
            _entries[t] = tokens[t].Kind == TokenKind.Hashtag ? TokenEntry.None : _vocabulary.Find(_tokenizer.TextOf(tokens[t]));
            if (_entries[t].VectorRow >= 0)
            {
                // Loads that overlap the n-gram hashing instead of stalling the mean vector.
                _vectors!.Prefetch(_entries[t].VectorRow);
            }
        }
    }

    private void AddWordBlock(ReadOnlySpan<Token> tokens, FeatureBag bag, List<FeatureTrace>? trace)
    {
        if (_sequence.Length < tokens.Length)
        {
            _sequence = new uint[tokens.Length * 2];
        }

        var sequenceLength = 0;
        uint previousClass = 0;
        var previousProfane = false;
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            var text = _tokenizer.TextOf(token);
            var seed = token.Kind == TokenKind.Hashtag ? FeatureHash.HashtagSeed
                : _settings.MarkNegation && token.Has(TokenFlags.Negated) ? FeatureHash.NegatedSeed
                : FeatureHash.WordSeed;
            var hash = FeatureHash.Of(text, seed);
            Emit(bag, FeatureBlock.Word, hash, t, trace);
            if (token.Has(TokenFlags.Elongated))
            {
                Emit(bag, FeatureBlock.Word, ElongatedHash, t, trace);
            }

            if (token.Has(TokenFlags.AllCaps))
            {
                Emit(bag, FeatureBlock.Word, AllCapsHash, t, trace);
            }

            // The tag itself is a unigram; its words (which follow it) carry the n-gram sequence.
            if (token.Kind == TokenKind.Hashtag)
            {
                continue;
            }

            if (_profanity is not null)
            {
                // Listed words share one class hash: the mark itself, and pairs with the neighbouring word (or mark).
                var profane = _entries[t].Listed || _profanity.MatchesForm(text, token.Has(TokenFlags.Elongated));
                var wordClass = profane ? ProfanityHash : hash;
                if (profane)
                {
                    Emit(bag, FeatureBlock.Word, ProfanityHash, t, trace);
                }

                if (sequenceLength > 0 && (profane || previousProfane))
                {
                    Emit(bag, FeatureBlock.Word, FeatureHash.Combine(previousClass, wordClass, FeatureHash.ProfanityPairSeed), t, trace);
                }

                previousClass = wordClass;
                previousProfane = profane;
            }

            _sequence[sequenceLength] = hash;
            if (_settings.WordNgramMax >= 2 && sequenceLength >= 1)
            {
                Emit(bag, FeatureBlock.Word, FeatureHash.Combine(_sequence[sequenceLength - 1], hash, FeatureHash.BigramSeed), t, trace);
            }

            if (_settings.WordNgramMax >= 3 && sequenceLength >= 2)
            {
                var pair = FeatureHash.Combine(_sequence[sequenceLength - 2], _sequence[sequenceLength - 1], FeatureHash.BigramSeed);
                Emit(bag, FeatureBlock.Word, FeatureHash.Combine(pair, hash, FeatureHash.TrigramSeed), t, trace);
            }

            sequenceLength++;
        }
    }

    private void AddCharBlock(ReadOnlySpan<Token> tokens, FeatureBag bag, List<FeatureTrace>? trace)
    {
        var min = _settings.CharNgramMin;
        var max = _settings.CharNgramMax;
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            // The word padded with boundary marks, as in " word ", so prefixes and suffixes are features of their own.
            var text = _tokenizer.TextOf(token);
            var padded = text.Length + 2;
            for (var start = 0; start < padded; start++)
            {
                var hash = FeatureHash.CharSeed;
                for (var n = 1; n <= max && start + n <= padded; n++)
                {
                    var position = start + n - 1;
                    var c = position == 0 || position == padded - 1 ? ' ' : text[position - 1];
                    hash = (hash ^ c) * FeatureHash.Prime;
                    if (n >= min)
                    {
                        Emit(bag, FeatureBlock.Char, FeatureHash.Mix(hash ^ (uint)n), t, trace);
                    }
                }
            }
        }
    }

    private void AddMeanVector(ReadOnlySpan<Token> tokens, FeatureBag bag)
    {
        var dense = bag.Dense.AsSpan(0, _vectors!.Dimensions);
        dense.Clear();
        for (var t = 0; t < tokens.Length; t++)
        {
            if (tokens[t].Kind == TokenKind.Word && _entries[t].VectorRow is var row and >= 0)
            {
                _vectors.AddTo(dense, row);
                bag.AppendVectorRow(row);
            }
        }

        NormalizeToUnitLength(dense);
    }

    private static void NormalizeToUnitLength(Span<float> vector)
    {
        var norm = 0f;
        foreach (var v in vector)
        {
            norm += v * v;
        }

        if (norm > 0)
        {
            var inverse = 1f / MathF.Sqrt(norm);
            for (var d = 0; d < vector.Length; d++)
            {
                vector[d] *= inverse;
            }
        }
    }

    private void Emit(FeatureBag bag, FeatureBlock block, uint hash, int token, List<FeatureTrace>? trace)
    {
        var bucket = (int)hash & _mask;
        trace?.Add(new FeatureTrace(token, block, bucket));
        _slots.Add(bag, bucket, block);
    }

    private static void ApplySublinearTf(FeatureBag bag)
    {
        var values = bag.MutableValues;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] > 1)
            {
                values[i] = 1 + MathF.Log(values[i]);
            }
        }
    }
}
