using Microsoft.Extensions.Logging;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Tests.Fakes;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Monitoring.Bluesky;

public sealed class BlueskySourceTests : JetstreamTest
{
    [Fact]
    public async Task Matching_Posts_Their_Edits_And_Deletions_Are_Stored_And_Everything_Else_Is_Skipped()
    {
        using var history = new StatusHistory(Host.Get<MonitorStatusBoard>());
        var monitor = await AddMonitorAsync("climate #heatwave lang:en");
        await Jetstream.WaitForConnectionsAsync(1);
        await history.WaitForAsync(monitor, MonitorState.Running);

        var talks = Post("Climate talks resume today in Bonn");
        Post("Nothing to see here");
        Post("Le climate en français", ["fr"]);
        Post("Climatechange is one word, not ours");
        var heat = Post("A #heatwave again, third this summer", ["en-GB"]);
        Post("#heatwaves is another tag");
        Jetstream.Publish(t => FakeJetstreamEvent.Like(Bob, "3likekey0001", t, Uri(talks)));
        Jetstream.Publish(t => FakeJetstreamEvent.Identity(Bob, t, "bob.example.com"));
        Jetstream.Publish(t => FakeJetstreamEvent.Account(Bob, t, active: false));
        Jetstream.SendRaw("{not json");
        Jetstream.SendRaw("""{"did":"did:plc:x","kind":"commit"}""");
        Jetstream.SendRaw("[1,2,3]");
        Jetstream.Publish(t => FakeJetstreamEvent.Post(Alice, RecordKey(talks), t, "Climate talks resume today in Bonn (edited)", ["en"], "update"));
        Jetstream.Publish(t => FakeJetstreamEvent.Delete(Alice, RecordKey(heat), t));
        var marker = await FlushAsync("The climate marker");

        var stored = await StoredAsync(monitor);
        Assert.Equal([Uri(talks), Uri(heat), Uri(marker)], stored.Select(p => p.SourceId));
        var edited = stored[0];
        Assert.Equal("Climate talks resume today in Bonn (edited)", edited.Text);
        Assert.True(edited.Edited);
        Assert.Equal(Alice, edited.Author);
        Assert.Equal("en", edited.Language);
        Assert.Equal($"https://bsky.app/profile/{Alice}/post/{RecordKey(talks)}", edited.Url);
        Assert.Equal([false, true, false], stored.Select(p => p.Deleted));
        Assert.Equal("heatwave", stored[1].Tags);
        Assert.Equal($"{marker.TimeUs}", await CursorAsync(monitor));
        var malformed = Host.Logs.Entries.Where(e => e.Level == LogLevel.Warning && e.Message.Contains("malformed frame", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, malformed.Count);
        Assert.Equal([0, 0, 0], stored.Select(p => p.Favourites));
        var request = Assert.Single(Jetstream.Requests);
        Assert.Contains("wantedCollections=app.bsky.feed.post", request, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeJetstreamEvent.LikeCollection, request, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeJetstreamEvent.RepostCollection, request, StringComparison.Ordinal);
        Host.Logs.AssertNoErrors();
    }

    [Fact]
    public async Task A_Dropped_Connection_Resumes_A_Few_Seconds_Before_The_Last_Event_Without_Loss_Or_Duplicates()
    {
        using var history = new StatusHistory(Host.Get<MonitorStatusBoard>());
        var monitor = await AddMonitorAsync("news");
        await Jetstream.WaitForConnectionsAsync(1);
        var before = Enumerable.Range(1, 5).Select(i => Post($"Morning news {i}")).ToList();
        var lastRead = await FlushAsync();

        Jetstream.DropConnections();
        var missed = Enumerable.Range(1, 5).Select(i => Post($"News while away {i}")).ToList();
        await history.WaitForAsync(monitor, s => s.State == MonitorState.Offline);
        await Jetstream.WaitForConnectionsAsync(2);
        var after = await FlushAsync();

        var stored = await StoredAsync(monitor);
        string[] expected = [.. before.Append(lastRead).Concat(missed).Append(after).Select(Uri)];
        Assert.Equal(expected, stored.Select(p => p.SourceId));
        Assert.EndsWith($"&cursor={lastRead.TimeUs - 5_000_000}", Jetstream.Requests[1], StringComparison.Ordinal);
        Host.Logs.AssertNoErrors();
    }

    [Fact]
    public async Task A_Restart_Resumes_From_The_Committed_Cursor_And_Reads_What_Was_Posted_Meanwhile()
    {
        var monitor = await AddMonitorAsync("news");
        await Jetstream.WaitForConnectionsAsync(1);
        var first = Enumerable.Range(1, 3).Select(i => Post($"First run news {i}")).ToList();
        var committed = await FlushAsync();
        await Host.DisposeAsync();

        var meanwhile = Enumerable.Range(1, 4).Select(i => Post($"News while the app was down {i}")).ToList();
        Post("Unrelated while down");
        Host = await StartHostAsync();
        await Jetstream.WaitForConnectionsAsync(2);
        var after = await FlushAsync();

        var stored = await StoredAsync(monitor);
        string[] expected = [.. first.Append(committed).Concat(meanwhile).Append(after).Select(Uri)];
        Assert.Equal(expected, stored.Select(p => p.SourceId));
        Assert.EndsWith($"&cursor={committed.TimeUs - 5_000_000}", Jetstream.Requests[1], StringComparison.Ordinal);
        Host.Logs.AssertNoErrors();
    }

    [Fact]
    public async Task Author_Monitors_Ask_Jetstream_For_Their_Authors_And_All_Monitors_Share_One_Connection()
    {
        var alice = await AddMonitorAsync(Alice);
        await Jetstream.WaitForConnectionsAsync(1);
        var bob = await AddMonitorAsync(Bob + " lang:en");
        await Jetstream.WaitForConnectionsAsync(2);
        var news = await AddMonitorAsync("news");
        await Jetstream.WaitForConnectionsAsync(3);

        var byAlice = Post("Alice shares the news");
        var byBob = Post("Bob says hello", did: Bob);
        Post("Bob dit bonjour", ["fr"], did: Bob);
        Post("Someone else entirely", did: "did:plc:carol234carol234carol234");
        await FlushAsync("more news from alice");

        Assert.Equal(
            [$"?wantedCollections=app.bsky.feed.post&maxMessageSizeBytes=1048576&wantedDids={Escaped(Alice)}",
             $"?wantedCollections=app.bsky.feed.post&maxMessageSizeBytes=1048576&wantedDids={Escaped(Alice)}&wantedDids={Escaped(Bob)}"],
            Jetstream.Requests.Take(2).Select(r => r.Split("&cursor=")[0]));
        Assert.DoesNotContain("wantedDids", Jetstream.Requests[2], StringComparison.Ordinal);
        Assert.Equal(3, Jetstream.Requests.Count);
        Assert.Contains(Uri(byAlice), (await StoredAsync(alice)).Select(p => p.SourceId));
        Assert.Equal([Uri(byBob)], (await StoredAsync(bob)).Select(p => p.SourceId));
        Assert.Contains(Uri(byAlice), (await StoredAsync(news)).Select(p => p.SourceId));
        Host.Logs.AssertNoErrors();
    }

    private static string Escaped(string did) => System.Uri.EscapeDataString(did);
}
