using SentimentDashboard.Alerts;

namespace SentimentDashboard.Tests.Alerts;

public sealed class WatchListTests
{
    [Theory]
    [InlineData("Meet me at the CAFÉ tonight", "cafe")]
    [InlineData("meet me at the cafe", "Café")]
    [InlineData("They said: bomb threat!!", "bomb threat")]
    [InlineData("bomb-threat reported downtown", "bomb threat")]
    [InlineData("#Riot in the square", "riot")]
    public void Matches_Finds_Terms_Ignoring_Case_Accents_And_Punctuation(string text, string term) =>
        Assert.Equal([term], new WatchList(term).Matches(text));

    [Theory]
    [InlineData("a new category of posts", "cat")]
    [InlineData("the bombastic speech", "bomb")]
    [InlineData("bomb the threat", "bomb threat")]
    public void Matches_Ignores_Parts_Of_Words_And_Words_Apart(string text, string term) =>
        Assert.Empty(new WatchList(term).Matches(text));

    [Fact]
    public void Matches_Reports_Each_Listed_Term_Found_As_Written()
    {
        var list = new WatchList("Riot\n  looting \n\nriot\nfire");

        Assert.Equal(["Riot", "looting"], list.Matches("Looting after the riot"));
    }

    [Fact]
    public void A_list_of_blank_or_tiny_terms_is_empty() => Assert.True(new WatchList("\n a \n  ").IsEmpty);
}
