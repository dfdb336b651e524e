using SentimentDashboard.Classification.Features;

namespace SentimentDashboard.Tests.Classification.Features;

public sealed class TokenVocabularyTests
{
    private static readonly WordVectors Vectors = new(["good", "damn", "good", "cat"], new sbyte[8], [1, 1, 1, 1], dimensions: 2);

    [Fact]
    public void Find_WordKnownToAllThreeResources_MergesThemIntoOneEntry()
    {
        var vocabulary = TokenVocabulary.Build(Vectors, new SentimentLexicon(new Dictionary<string, float> { ["damn"] = -1.5f }), new ProfanityList(["damn"]));

        Assert.Equal(new TokenEntry(1, -1.5f, Listed: true), vocabulary.Find("damn"));
    }

    [Fact]
    public void Find_WordTheVectorsHoldTwice_TheFirstRowAsWordVectorsFindsIt()
    {
        var vocabulary = TokenVocabulary.Build(Vectors, null, null);

        Assert.True(Vectors.TryFind("good", out var row));
        Assert.Equal(row, vocabulary.Find("good").VectorRow);
        Assert.Equal(0, row);
    }

    [Fact]
    public void Find_WordOnlyInTheLexiconOrList_HasNoVectorRow()
    {
        var vocabulary = TokenVocabulary.Build(Vectors, new SentimentLexicon(new Dictionary<string, float> { [":)"] = 2f }), new ProfanityList(["arse"]));

        Assert.Equal(new TokenEntry(-1, 2f, Listed: false), vocabulary.Find(":)"));
        Assert.Equal(new TokenEntry(-1, 0, Listed: true), vocabulary.Find("arse"));
        Assert.Equal(TokenEntry.None, vocabulary.Find("unknown"));
    }

    [Fact]
    public void Build_WithoutResources_HoldsTheHateCuesOnly()
    {
        var vocabulary = TokenVocabulary.Build(null, null, null);

        Assert.Equal(new TokenEntry(-1, 0, Listed: false, HateCue.Dehumanising), vocabulary.Find("invaders"));
        Assert.Equal(HateCue.Dehumanising | HateCue.Insult, vocabulary.Find("trash").Cue);
        Assert.Equal(TokenEntry.None, vocabulary.Find("phone"));
    }
}
