using SentimentDashboard.Classification.Features;

namespace SentimentDashboard.Tests.Classification.Features;

public sealed class ProfanityMatcherTests
{
    private static readonly ProfanityList List = new(["fuck", "asshole", "shit", "rape", "slut", "ass", "butt", "spic"]);

    [Theory]
    [InlineData("fucked")]
    [InlineData("fuckers")]
    [InlineData("assholes")]
    [InlineData("asses")]
    [InlineData("shitting")]
    [InlineData("slutty")]
    [InlineData("raped")]
    public void Matches_InflectedFormOfAListedWord_True(string form)
    {
        Assert.True(new ProfanityMatcher(List, null, forms: true).Matches(form, elongated: false));
    }

    [Theory]
    [InlineData("assassin")] // a listed word inside a longer one is not an inflection
    [InlineData("class")]
    [InlineData("shitake")]
    [InlineData("as")]
    public void Matches_WordThatOnlyContainsAListedWord_False(string word)
    {
        Assert.False(new ProfanityMatcher(List, null, forms: true).Matches(word, elongated: false));
    }

    [Fact]
    public void Matches_ElongatedSpelling_MatchesItsSingleLetterForm()
    {
        var matcher = new ProfanityMatcher(List, null, forms: true);

        Assert.True(matcher.Matches("fuuckk", elongated: true)); // "Fuuckkkk" as the tokenizer leaves it
        Assert.True(matcher.Matches("shitt", elongated: true));
        Assert.False(matcher.Matches("fuuckk", elongated: false)); // a word spelt with doubles on purpose stays itself
    }

    [Fact]
    public void Matches_FormsOff_OnlyListedWords()
    {
        var matcher = new ProfanityMatcher(List, null, forms: false);

        Assert.True(matcher.Matches("fuck", elongated: false));
        Assert.False(matcher.Matches("fucked", elongated: false));
        Assert.False(matcher.Matches("fuuckk", elongated: true));
    }

    [Fact]
    public void Matches_FormTheVectorsPlaceFarFromItsBase_False()
    {
        var vectors = WordVectors.Quantize(
        [
            ("butt", [1f, 0f, 0f]),
            ("butts", [0.9f, 0.2f, 0f]),
            ("butter", [0f, 1f, 0f]),
            ("spicy", [0f, 0f, 1f]),
        ]);
        var matcher = new ProfanityMatcher(List, vectors, forms: true);

        Assert.True(matcher.Matches("butts", elongated: false));
        Assert.False(matcher.Matches("butter", elongated: false)); // far from "butt"
        Assert.False(matcher.Matches("spicy", elongated: false)); // known, and its base is not: nothing to check it against
        Assert.True(matcher.Matches("fucked", elongated: false)); // unknown to the vectors: taken as its base
    }
}
