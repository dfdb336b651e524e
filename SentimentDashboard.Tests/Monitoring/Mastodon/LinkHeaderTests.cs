using SentimentDashboard.Monitoring.Mastodon;

namespace SentimentDashboard.Tests.Monitoring.Mastodon;

public sealed class LinkHeaderTests
{
    private static readonly Uri Request = new("https://mastodon.social/api/v1/timelines/tag/news?limit=40&min_id=1");

    [Theory]
    [InlineData("<https://mastodon.social/api/v1/timelines/tag/news?max_id=5>; rel=\"next\", <https://mastodon.social/api/v1/timelines/tag/news?min_id=9>; rel=\"prev\"", "prev", "https://mastodon.social/api/v1/timelines/tag/news?min_id=9")]
    [InlineData("<https://mastodon.social/api/v1/timelines/tag/news?max_id=5>; rel=\"next\", <https://mastodon.social/api/v1/timelines/tag/news?min_id=9>; rel=\"prev\"", "next", "https://mastodon.social/api/v1/timelines/tag/news?max_id=5")]
    [InlineData("</api/v1/timelines/tag/news?min_id=9>; rel=prev", "prev", "https://mastodon.social/api/v1/timelines/tag/news?min_id=9")]
    [InlineData("<https://elsewhere.example/steal?min_id=9>; rel=\"prev\"", "prev", null)]
    [InlineData("<http://mastodon.social/api/v1/timelines/tag/news?min_id=9>; rel=\"prev\"", "prev", null)]
    [InlineData("<https://mastodon.social/x>; rel=\"next\"", "prev", null)]
    public void Find_Follows_Only_Links_On_The_Same_Origin(string header, string rel, string? expected)
    {
        using var response = new HttpResponseMessage();
        response.Headers.TryAddWithoutValidation("Link", header);

        Assert.Equal(expected, LinkHeader.Find(response, rel, Request)?.ToString());
    }

    [Fact]
    public void Find_Without_A_Link_Header_Is_Null()
    {
        using var response = new HttpResponseMessage();

        Assert.Null(LinkHeader.Find(response, "prev", Request));
    }
}
