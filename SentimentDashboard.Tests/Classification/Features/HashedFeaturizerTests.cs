using SentimentDashboard.Classification.Features;

namespace SentimentDashboard.Tests.Classification.Features;

public sealed class HashedFeaturizerTests
{
    private static FeatureBag Featurize(string text, FeaturizerSettings? settings = null, WordVectors? vectors = null, SentimentLexicon? lexicon = null, ProfanityList? profanity = null)
    {
        var featurizer = new HashedFeaturizer(settings ?? new FeaturizerSettings(), vectors, lexicon, profanity);
        var bag = featurizer.CreateBag();
        featurizer.Featurize(text, bag);
        return bag;
    }

    [Fact]
    public void Featurize_SingleWord_EmitsUnigramAndPaddedCharacterNgrams()
    {
        // "cat" padded to " cat ": 2-grams 4, 3-grams 3, 4-grams 2, 5-grams 1 = 10 character features.
        var bag = Featurize("cat", new FeaturizerSettings { HashBits = 24, CharNgramMin = 2, CharNgramMax = 5 });
        Assert.Equal(1, bag.WordCount);
        Assert.Equal(11, bag.Count);
    }

    [Fact]
    public void Featurize_RepeatedWord_UsesSublinearTermFrequency()
    {
        var bag = Featurize("spam spam spam spam", new FeaturizerSettings { HashBits = 24, CharNgramMax = 0, WordNgramMax = 1 });
        Assert.Equal(1, bag.Count);
        Assert.Equal(1 + MathF.Log(4), bag.Values[0], 5);
    }

    [Fact]
    public void Featurize_Bigrams_DistinguishWordOrder()
    {
        var settings = new FeaturizerSettings { HashBits = 24, CharNgramMax = 0, WordNgramMax = 2 };
        var a = Featurize("dog bites man", settings).Indices.ToArray().Order();
        var b = Featurize("man bites dog", settings).Indices.ToArray().Order();
        Assert.Equal(5, a.Count());
        Assert.Equal(3, a.Intersect(b).Count()); // the unigrams agree, the bigrams differ
    }

    [Fact]
    public void Featurize_Negation_ChangesTheWordFeature()
    {
        var settings = new FeaturizerSettings { HashBits = 24, CharNgramMax = 0, WordNgramMax = 1 };
        var plain = Featurize("good", settings).Indices[0];
        var negated = Featurize("not good", settings).Indices.ToArray();
        Assert.DoesNotContain(plain, negated);
        var unmarked = Featurize("not good", settings with { MarkNegation = false }).Indices.ToArray();
        Assert.Contains(plain, unmarked);
    }

    [Fact]
    public void Featurize_UrlsAndMentions_ShareOneFeatureWhateverTheirText()
    {
        var settings = new FeaturizerSettings { HashBits = 24, CharNgramMax = 0, WordNgramMax = 1 };
        Assert.Equal(Featurize("https://a.example/x @alice", settings).Indices.ToArray(), Featurize("http://b.example/y @bob", settings).Indices.ToArray());
    }

    [Fact]
    public void Featurize_HashtagAndWord_ShareWordFeaturesButNotTheTag()
    {
        var settings = new FeaturizerSettings { HashBits = 24, CharNgramMax = 0, WordNgramMax = 1 };
        var word = Featurize("love", settings).Indices.ToArray();
        var tag = Featurize("#love", settings).Indices.ToArray();
        Assert.Equal(2, tag.Length);
        Assert.Contains(word[0], tag);
    }

    [Fact]
    public void Featurize_EmptyAndNull_GiveEmptyBags()
    {
        Assert.Equal(0, Featurize("").Count);
        Assert.Equal(0, Featurize("   ").Count);
    }

    [Fact]
    public void Featurize_WithVectors_GivesUnitLengthWeightedMean()
    {
        var vectors = WordVectors.Quantize([("good", [1f, 0f]), ("film", [0f, 1f])]);
        var bag = Featurize("good film unknownword", vectors: vectors);
        Assert.Equal(1f, MathF.Sqrt((bag.Dense[0] * bag.Dense[0]) + (bag.Dense[1] * bag.Dense[1])), 4);
        Assert.True(bag.Dense[0] > 0 && bag.Dense[1] > 0);
        Assert.Equal([0f, 0f], Featurize("nothing known here", vectors: vectors).Dense);
    }

    [Fact]
    public void Featurize_WithLexicon_ScoresValenceWithNegationAfterTheVectors()
    {
        var vectors = WordVectors.Quantize([("good", [1f, 0f])]);
        var lexicon = new SentimentLexicon(new Dictionary<string, float> { ["good"] = 2f, ["awful"] = -3f, ["<smile>"] = 2f });
        var positive = Featurize("good day :)", vectors: vectors, lexicon: lexicon).Dense;
        Assert.Equal(2 + SentimentLexicon.FeatureCount, positive.Length);
        Assert.Equal(1f, positive[2]); // positive valence sum (2 + 2) / 4
        Assert.Equal(0f, positive[3]);

        var negated = Featurize("not good", vectors: vectors, lexicon: lexicon).Dense;
        Assert.Equal(0f, negated[2]);
        Assert.Equal(0.74f * 2 / 4, negated[3], 4); // negation flips and damps the valence
        Assert.True(Featurize("awful", lexicon: lexicon).Dense[^1] < 0); // compound score
    }

    [Fact]
    public void Featurize_ListedProfanities_ShareTheirMarkAndPairsWithNeighbours()
    {
        var settings = new FeaturizerSettings { HashBits = 24, CharNgramMax = 0, WordNgramMax = 2 };
        var profanity = new ProfanityList(["damn", "crap"]);
        int[] Words(string text, ProfanityList? list) => Featurize(text, settings, profanity: list).Indices.ToArray();

        // Unlisted: only "you" and "fool" are shared. Listed: also the mark, (you, mark) and (mark, fool).
        Assert.Equal(2, Words("you damn fool", null).Intersect(Words("you crap fool", null)).Count());
        Assert.Equal(5, Words("you damn fool", profanity).Intersect(Words("you crap fool", profanity)).Count());
        Assert.Equal(9, Words("you DAMN fool", profanity).Length); // 3 unigrams, 2 bigrams, the all-caps mark, the mark, 2 pairs
        Assert.Equal(Words("you are kind", null), Words("you are kind", profanity)); // texts without listed words are unchanged
    }

    [Fact]
    public void Featurize_InflectedProfanity_MarkedOnlyWhenFormsAreMatched()
    {
        var exact = new FeaturizerSettings { HashBits = 24, CharNgramMax = 0, WordNgramMax = 1 };
        var profanity = new ProfanityList(["damn"]);
        int Count(string text, FeaturizerSettings settings) => Featurize(text, settings, profanity: profanity).Count;

        Assert.Equal(3, Count("you damned fool", exact));
        Assert.Equal(6, Count("you damned fool", exact with { MatchProfanityForms = true })); // + the mark and its two pairs
    }

    [Fact]
    public void Featurize_ManyTextsWithOneInstance_MatchesFreshInstances()
    {
        var settings = new FeaturizerSettings { HashBits = 16 };
        var shared = new HashedFeaturizer(settings, vectors: null);
        var bag = shared.CreateBag();
        foreach (var text in new[] { "a long text " + string.Join(' ', Enumerable.Range(0, 300)), "short", "RT @x: #Tag :) 😂 sooo good" })
        {
            shared.Featurize(text, bag);
            var fresh = Featurize(text, settings);
            Assert.Equal(fresh.Indices.ToArray(), bag.Indices.ToArray());
            Assert.Equal(fresh.Values.ToArray(), bag.Values.ToArray());
        }
    }
}
