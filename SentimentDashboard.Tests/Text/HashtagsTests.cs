using SentimentDashboard.Text;

namespace SentimentDashboard.Tests.Text;

public sealed class HashtagsTests
{
    [Fact]
    public void Extract_Finds_Distinct_Lowercase_Tags_In_Order()
    {
        Assert.Equal(["news", "covid_19", "été"], Hashtags.Extract("#News today: #covid_19 update #NEWS #été"));
    }

    [Theory]
    [InlineData("I code in C# and F#")]
    [InlineData("see https://example.org/page#section")]
    [InlineData("just a # sign and &#39; entity")]
    public void Extract_Ignores_Hash_When_Inside_Word_Or_Url(string text)
    {
        Assert.Empty(Hashtags.Extract(text));
    }
}
