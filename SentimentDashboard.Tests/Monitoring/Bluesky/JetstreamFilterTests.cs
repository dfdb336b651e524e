using System.Text;
using System.Text.Json;
using SentimentDashboard.Monitoring.Bluesky;
using SentimentDashboard.Tests.Fakes;

namespace SentimentDashboard.Tests.Monitoring.Bluesky;

public sealed class JetstreamFilterTests
{
    private readonly JetstreamFrameReader reader = new();

    [Fact]
    public void Read_Takes_The_Posts_Fields_And_Unescapes_Its_Text()
    {
        var frame = FakeJetstreamEvent.Post(JetstreamTest.Alice, "3l3qo2vutsw2b", 1_725_911_162_329_308, "Tom & Jerry <3 \"quoted\" 😀\nline two", ["en-US", "fr"]);

        var read = reader.Read(Encoding.UTF8.GetBytes(frame.Json));

        Assert.Equal(1_725_911_162_329_308, read.TimeUs);
        Assert.True(read.IsPostWrite);
        Assert.Equal("Tom & Jerry <3 \"quoted\" 😀\nline two", read.Text.ToString());
        Assert.Equal("en-US", read.Language());
        Assert.Equal($"at://{JetstreamTest.Alice}/app.bsky.feed.post/3l3qo2vutsw2b", read.Uri());
        Assert.Equal($"https://bsky.app/profile/{JetstreamTest.Alice}/post/3l3qo2vutsw2b", read.Link());
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1_725_911_162_329), read.Created());
    }

    [Fact]
    public void Read_Takes_The_Subject_Of_A_Like_Or_Repost_And_The_Parent_Of_A_Reply()
    {
        const string post = $"at://{JetstreamTest.Alice}/app.bsky.feed.post/3lparent";
        var like = reader.Read(Encoding.UTF8.GetBytes(FakeJetstreamEvent.Like(JetstreamTest.Bob, "3llike", 5, post).Json));
        Assert.Equal((JetstreamCollection.Like, post), (like.Collection, Encoding.UTF8.GetString(like.Subject)));
        Assert.Equal($"at://{JetstreamTest.Bob}/app.bsky.feed.like/3llike", like.Uri());

        var repost = reader.Read(Encoding.UTF8.GetBytes(FakeJetstreamEvent.Repost(JetstreamTest.Bob, "3lrepost", 6, post).Json));
        Assert.Equal((JetstreamCollection.Repost, post), (repost.Collection, Encoding.UTF8.GetString(repost.Subject)));

        var reply = reader.Read(Encoding.UTF8.GetBytes(FakeJetstreamEvent.Reply(JetstreamTest.Bob, "3lreply", 7, "Agreed", post, rootUri: "at://did:plc:root/app.bsky.feed.post/3lroot").Json));
        Assert.Equal((JetstreamCollection.Post, post, "Agreed"), (reply.Collection, Encoding.UTF8.GetString(reply.ReplyParent), reply.Text.ToString()));
        Assert.True(reply.Subject.IsEmpty);
    }

    [Fact]
    public void Read_Leaves_The_Subject_Empty_When_It_Is_Not_A_Post_Reference()
    {
        var follow = """{"did":"did:plc:x","time_us":5,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.graph.follow","rkey":"k","record":{"subject":"did:plc:y"}}}""";

        var read = reader.Read(Encoding.UTF8.GetBytes(follow));

        Assert.Equal(JetstreamCollection.Other, read.Collection);
        Assert.True(read.Subject.IsEmpty);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2]")]
    [InlineData("""{"did":"did:plc:x","kind":"commit"}""")]
    [InlineData("""{"did":"did:plc:x","time_us":"soon","kind":"commit"}""")]
    [InlineData("""{"time_us":5,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.post"}}""")]
    [InlineData("""{"did":"did:plc:x","time_us":5,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.post","rkey":"k","record":{"text":7}}}""")]
    public void Read_Refuses_A_Malformed_Frame(string frame)
    {
        Assert.True(ThrowsWhatTheFeedCatches(Encoding.UTF8.GetBytes(frame)));
    }

    [Theory]
    [InlineData("Climate talks resume", true)]
    [InlineData("CLIMATE!", true)]
    [InlineData("climatechange is one word", false)]
    [InlineData("the heat wave is back", true)]
    [InlineData("heat, wave", false)]
    [InlineData("so hot #heatwave", true)]
    [InlineData("#heatwaves", false)]
    [InlineData("heatwave without the sign", false)]
    [InlineData("#Climate counts as the word too", true)]
    public void Matches_Words_Phrases_And_Tags_As_Whole_Words_Ignoring_Case(string text, bool expected)
    {
        var filter = new JetstreamFilter(BlueskyQuery.Parse("""climate "heat wave" #heatwave"""));

        Assert.Equal(expected, Matches(filter, FakeJetstreamEvent.Post(JetstreamTest.Bob, "k1", 10, text, ["en"])));
    }

    [Fact]
    public void Matches_Declared_Languages_By_Their_Primary_Subtag_And_Authors_By_DID()
    {
        var filter = new JetstreamFilter(BlueskyQuery.Parse($"news {JetstreamTest.Alice} lang:en,pt"));

        Assert.True(Matches(filter, FakeJetstreamEvent.Post(JetstreamTest.Alice, "k1", 10, "news", ["pt-BR"])));
        Assert.True(Matches(filter, FakeJetstreamEvent.Post(JetstreamTest.Alice, "k2", 10, "news", ["fr", "en"])));
        Assert.False(Matches(filter, FakeJetstreamEvent.Post(JetstreamTest.Alice, "k3", 10, "news", ["fr"])));
        Assert.False(Matches(filter, FakeJetstreamEvent.Post(JetstreamTest.Alice, "k4", 10, "news")));
        Assert.False(Matches(filter, FakeJetstreamEvent.Post(JetstreamTest.Bob, "k5", 10, "news", ["en"])));
        Assert.False(Matches(filter, FakeJetstreamEvent.Delete(JetstreamTest.Alice, "k1", 11)));
        Assert.False(Matches(filter, FakeJetstreamEvent.Identity(JetstreamTest.Alice, 12, "alice.example.com")));
    }

    private bool Matches(JetstreamFilter filter, FakeJetstreamEvent e) => filter.Matches(reader.Read(Encoding.UTF8.GetBytes(e.Json)));

    private bool ThrowsWhatTheFeedCatches(byte[] frame)
    {
        try
        {
            reader.Read(frame);
            return false;
        }
        catch (Exception e)
        {
            return e is JsonException or InvalidOperationException or FormatException;
        }
    }
}
