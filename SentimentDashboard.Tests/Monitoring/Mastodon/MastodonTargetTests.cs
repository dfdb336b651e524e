using SentimentDashboard.Monitoring.Mastodon;

namespace SentimentDashboard.Tests.Monitoring.Mastodon;

public sealed class MastodonTargetTests
{
    [Theory]
    [InlineData("https://mastodon.social/tags/news", MastodonTimeline.Hashtag, "news", "api/v1/timelines/tag/news", "api/v1/streaming/hashtag?tag=news")]
    [InlineData("https://mastodon.social/tags/Caf%C3%A9/", MastodonTimeline.Hashtag, "Café", "api/v1/timelines/tag/Caf%C3%A9", "api/v1/streaming/hashtag?tag=Caf%C3%A9")]
    [InlineData("https://mastodon.social/@Gargron", MastodonTimeline.Account, "Gargron", "api/v1/accounts/42/statuses", null)]
    [InlineData("https://mastodon.social/@alice@other.example", MastodonTimeline.Account, "alice@other.example", "api/v1/accounts/42/statuses", null)]
    [InlineData("https://mastodon.social/public", MastodonTimeline.Federated, null, "api/v1/timelines/public", "api/v1/streaming/public")]
    [InlineData("https://mastodon.social/public/local?x=1#top", MastodonTimeline.Local, null, "api/v1/timelines/public?local=true", "api/v1/streaming/public/local")]
    public void Parse_Reads_The_Timeline_Of_A_Web_Interface_Url(string text, MastodonTimeline timeline, string? name, string restPath, string? streamPath)
    {
        var target = MastodonTarget.Parse(text);

        Assert.Equal(new Uri("https://mastodon.social/"), target.Instance);
        Assert.Equal(timeline, target.Timeline);
        Assert.Equal(name, target.Name);
        Assert.Equal(restPath, target.TimelinePath("42"));
        Assert.Equal(streamPath, target.StreamPath);
    }

    [Fact]
    public void Parse_Keeps_A_Port_And_Prints_The_Canonical_Url()
    {
        var target = MastodonTarget.Parse("http://127.0.0.1:8080/tags/%23news");

        Assert.Equal(new Uri("http://127.0.0.1:8080/"), target.Instance);
        Assert.Equal("http://127.0.0.1:8080/tags/news", target.ToString());
    }

    [Theory]
    [InlineData("", "it is empty")]
    [InlineData("mastodon.social/tags/news", "not an http(s) URL")]
    [InlineData("ftp://mastodon.social/tags/news", "not an http(s) URL")]
    [InlineData("https://user:secret@mastodon.social/tags/news", "user name or password")]
    [InlineData("https://mastodon.social/", "is not a hashtag, account or public timeline")]
    [InlineData("https://mastodon.social/tags", "is not a hashtag, account or public timeline")]
    [InlineData("https://mastodon.social/tags/not-a-tag", "'not-a-tag' is not a hashtag")]
    [InlineData("https://mastodon.social/@", "'@' is not an account")]
    [InlineData("https://mastodon.social/@a@b@c", "'@a@b@c' is not an account")]
    [InlineData("https://mastodon.social/@al ice", "is not an account")]
    [InlineData("https://mastodon.social/public/remote", "is not a hashtag, account or public timeline")]
    public void Parse_Explains_What_Is_Wrong_And_What_Is_Expected(string text, string reason)
    {
        var error = Assert.Throws<ArgumentException>(() => MastodonTarget.Parse(text));

        Assert.Contains(reason, error.Message);
        Assert.Contains("expected https://INSTANCE/tags/NAME, https://INSTANCE/@USER", error.Message);
    }
}
