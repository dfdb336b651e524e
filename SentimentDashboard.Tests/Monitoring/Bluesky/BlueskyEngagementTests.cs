using SentimentDashboard.Data;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Tests.Fakes;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Monitoring.Bluesky;

/// <summary>Bluesky:Engagement on: likes, reposts and replies of stored posts, counted in the SQLite file.</summary>
public sealed class BlueskyEngagementTests : JetstreamTest
{
    private const string Carol = "did:plc:carol234carol234carol234";

    private int records;

    protected override bool CountsEngagement => true;

    [Fact]
    public async Task Likes_Reposts_And_Replies_Of_Stored_Posts_Raise_Their_Counts_Which_An_Edit_Keeps_And_Those_Of_Other_Posts_Change_Nothing()
    {
        var monitor = await AddMonitorAsync(Alice + " news");
        await Jetstream.WaitForConnectionsAsync(1);
        var news = Post("The evening news");
        var quiet = Post("A quiet news day");
        var elsewhere = Post("Other news", did: Carol);

        Like(Bob, news);
        Like(Carol, news);
        Repost(Bob, news);
        Reply(Carol, news, "Thanks for the summary");
        Like(Bob, quiet);
        Like(Bob, elsewhere);
        Repost(Carol, elsewhere);
        Jetstream.Publish(t => FakeJetstreamEvent.Like(Bob, NextRecordKey(), t, "at://did:plc:nobody/app.bsky.feed.post/3lunknown"));
        // A like whose subject is not a post reference (a follow's subject is a DID) is not a like of anything stored.
        Jetstream.SendRaw(
            $$"""{"did":"{{Bob}}","time_us":{{Jetstream.NextTimeUs()}},"kind":"commit","commit":""" +
            $$"""{"operation":"create","collection":"app.bsky.feed.like","rkey":"3lodd","record":{"subject":"{{Alice}}"}""" + "}}");
        Jetstream.Publish(t => FakeJetstreamEvent.Post(Alice, RecordKey(news), t, "The evening news, corrected", ["en"], "update"));
        await FlushAsync("more news");

        var stored = await StoredAsync(monitor);
        Assert.Equal([Uri(news), Uri(quiet)], stored.Take(2).Select(p => p.SourceId));
        Assert.Equal("The evening news, corrected", stored[0].Text);
        Assert.Equal((2, 1, 1), Counts(stored[0]));
        Assert.Equal((1, 0, 0), Counts(stored[1]));
        Assert.All(stored.Skip(2), p => Assert.Equal((0, 0, 0), Counts(p)));
        Assert.Equal(
            $"?wantedCollections=app.bsky.feed.post&wantedCollections={FakeJetstreamEvent.LikeCollection}&wantedCollections={FakeJetstreamEvent.RepostCollection}&maxMessageSizeBytes=1048576",
            Assert.Single(Jetstream.Requests));
        Host.Logs.AssertNoErrors();
    }

    [Fact]
    public async Task A_Resume_That_Replays_Likes_And_Reposts_Counts_Each_Once()
    {
        using var history = new StatusHistory(Host.Get<MonitorStatusBoard>());
        var monitor = await AddMonitorAsync("news");
        await Jetstream.WaitForConnectionsAsync(1);
        var news = Post("The morning news");
        Like(Bob, news);
        Like(Carol, news);
        Repost(Bob, news);
        await FlushAsync();

        Jetstream.DropConnections();
        Like(Carol, news);
        await history.WaitForAsync(monitor, s => s.State == MonitorState.Offline);
        await Jetstream.WaitForConnectionsAsync(2);
        await FlushAsync();

        await Host.DisposeAsync();
        Host = await StartHostAsync();
        await Jetstream.WaitForConnectionsAsync(3);
        await FlushAsync();

        Assert.Equal((3, 1, 0), await CountsOfFirstAsync(monitor));
        Assert.All(Jetstream.Requests.Skip(1), r => Assert.Contains("&cursor=", r, StringComparison.Ordinal));
        Host.Logs.AssertNoErrors();
    }

    [Fact]
    public async Task Deleting_A_Counted_Like_Repost_Or_Reply_Takes_Its_Count_Back_Also_After_A_Restart()
    {
        var monitor = await AddMonitorAsync("news");
        await Jetstream.WaitForConnectionsAsync(1);
        var news = Post("The news at noon");
        var like = Like(Bob, news);
        Like(Carol, news);
        var repost = Repost(Bob, news);
        var reply = Reply(Carol, news, "Not the whole story");
        await FlushAsync();
        Assert.Equal((2, 1, 1), await CountsOfFirstAsync(monitor));

        await Host.DisposeAsync();
        Host = await StartHostAsync();
        await Jetstream.WaitForConnectionsAsync(2);
        Delete(like, FakeJetstreamEvent.LikeCollection);
        Delete(like, FakeJetstreamEvent.LikeCollection);
        Delete(repost, FakeJetstreamEvent.RepostCollection);
        Delete(reply, FakeJetstreamEvent.PostCollection);
        Jetstream.Publish(t => FakeJetstreamEvent.Delete(Bob, "3lneverseen", t, FakeJetstreamEvent.LikeCollection));
        await FlushAsync();

        Assert.Equal((1, 0, 0), await CountsOfFirstAsync(monitor));
        Host.Logs.AssertNoErrors();
    }

    [Fact]
    public async Task The_Store_Counts_A_Record_Delivered_Twice_Once_For_Each_Monitor_That_Stored_The_Post()
    {
        var first = await AddMonitorAsync("storm");
        var second = await AddMonitorAsync("storm warning");
        await Jetstream.WaitForConnectionsAsync(1);
        var storm = Post("A storm warning for tonight");
        await FlushAsync("marker storm");
        const string like = $"at://{Bob}/app.bsky.feed.like/3lstormlike";

        foreach (var monitor in new[] { first, second, first })
        {
            await Host.Input.Writer.WriteAsync(new RawPost { MonitorId = monitor, SourceId = Uri(storm), RecordId = like, Text = "", Event = PostEventKind.Liked });
        }

        await FlushAsync("marker storm");
        Assert.Equal((1, 0, 0), await CountsOfFirstAsync(first));
        Assert.Equal((1, 0, 0), await CountsOfFirstAsync(second));

        await Host.Input.Writer.WriteAsync(new RawPost { MonitorId = first, SourceId = "", RecordId = like, Text = "", Event = PostEventKind.Withdrawn });
        await FlushAsync("marker storm");
        Assert.Equal((0, 0, 0), await CountsOfFirstAsync(first));
        Assert.Equal((0, 0, 0), await CountsOfFirstAsync(second));
        Host.Logs.AssertNoErrors();
    }

    private static (int Favourites, int Reblogs, int Replies) Counts(PostEntity post) => (post.Favourites, post.Reblogs, post.Replies);

    private async Task<(int Favourites, int Reblogs, int Replies)> CountsOfFirstAsync(long monitor) => Counts((await StoredAsync(monitor))[0]);

    private FakeJetstreamEvent Like(string did, FakeJetstreamEvent post) =>
        Jetstream.Publish(t => FakeJetstreamEvent.Like(did, NextRecordKey(), t, Uri(post)));

    private FakeJetstreamEvent Repost(string did, FakeJetstreamEvent post) =>
        Jetstream.Publish(t => FakeJetstreamEvent.Repost(did, NextRecordKey(), t, Uri(post)));

    private FakeJetstreamEvent Reply(string did, FakeJetstreamEvent post, string text) =>
        Jetstream.Publish(t => FakeJetstreamEvent.Reply(did, NextRecordKey(), t, text, Uri(post)));

    private void Delete(FakeJetstreamEvent record, string collection) =>
        Jetstream.Publish(t => FakeJetstreamEvent.Delete(record.Did, RecordKey(record), t, collection));

    private string NextRecordKey() => $"3lrec{Interlocked.Increment(ref records):D7}";
}
