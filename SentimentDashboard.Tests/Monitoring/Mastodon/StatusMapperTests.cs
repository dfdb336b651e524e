using System.Text.Json;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Monitoring.Mastodon;
using SentimentDashboard.Tests.Fakes;

namespace SentimentDashboard.Tests.Monitoring.Mastodon;

public sealed class StatusMapperTests
{
    private static readonly Uri Server = new("https://mastodon.example/");
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ToPost_Keeps_What_The_Pipeline_Needs_From_A_Real_Shaped_Status()
    {
        var status = new FakeStatus
        {
            Id = "110000000000000042",
            Html = "<p>Storm warning for the coast <a href=\"https://mastodon.example/tags/Weather\" class=\"mention hashtag\" rel=\"tag\">#<span>Weather</span></a></p>",
            CreatedAt = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero),
            Account = FakeAccount.Bob,
            Tags = ["weather", "storm"],
            Language = "en",
            Sensitive = true,
            SpoilerText = "weather",
            Replies = 4,
            Reblogs = 5,
            Favourites = 6,
            WithMedia = true,
        };

        var post = StatusMapper.ToPost(3, Parse(status), PostEventKind.Created, status.Id, Now)!;

        Assert.Equal(3, post.MonitorId);
        Assert.Equal("110000000000000042", post.SourceId);
        Assert.Equal("Storm warning for the coast #Weather", post.Text);
        Assert.Equal(status.CreatedAt, post.CreatedAt);
        Assert.Equal("bob@other.example", post.Author);
        Assert.Equal("en", post.Language);
        Assert.Equal("https://mastodon.example/@bob/110000000000000042", post.Url);
        Assert.Equal(["weather", "storm"], post.Tags);
        Assert.Equal((4, 5, 6), (post.Replies, post.Reblogs, post.Favourites));
        Assert.True(post.Sensitive);
        Assert.Equal("weather", post.SpoilerText);
        Assert.Equal(PostEventKind.Created, post.Event);
        Assert.Equal("110000000000000042", post.Cursor);
    }

    [Fact]
    public void ToPost_Of_A_Boost_Is_The_Boosted_Status_With_The_Boosts_Cursor()
    {
        var original = new FakeStatus { Id = "110000000000000001", Html = "<p>Original words</p>", CreatedAt = Now.AddHours(-1), Account = FakeAccount.Alice };
        var boost = new FakeStatus { Id = "110000000000000009", Html = "", CreatedAt = Now, Account = FakeAccount.Bob, Reblog = original };

        var post = StatusMapper.ToPost(3, Parse(boost), PostEventKind.Created, boost.Id, Now)!;

        Assert.Equal(original.Id, post.SourceId);
        Assert.Equal("Original words", post.Text);
        Assert.Equal("alice", post.Author);
        Assert.Equal(original.CreatedAt, post.CreatedAt);
        Assert.Equal(boost.Id, post.Cursor);
    }

    [Fact]
    public void ToPost_Tolerates_Missing_Fields_But_Not_A_Missing_Id()
    {
        var sparse = JsonSerializer.Deserialize("""{"id":"5","content":null,"spoiler_text":"","reblogs_count":null}""", MastodonJsonContext.Default.MastodonStatus)!;
        var noId = JsonSerializer.Deserialize("""{"content":"<p>x</p>"}""", MastodonJsonContext.Default.MastodonStatus)!;

        var post = StatusMapper.ToPost(3, sparse, PostEventKind.Updated, "9", Now)!;

        Assert.Equal(("5", "", Now, 0, null), (post.SourceId, post.Text, post.CreatedAt, post.Reblogs, post.SpoilerText));
        Assert.Empty(post.Tags);
        Assert.Null(StatusMapper.ToPost(3, noId, PostEventKind.Created, null, Now));
    }

    private static MastodonStatus Parse(FakeStatus status) =>
        JsonSerializer.Deserialize(status.ToJson(Server).ToJsonString(), MastodonJsonContext.Default.MastodonStatus)!;
}
