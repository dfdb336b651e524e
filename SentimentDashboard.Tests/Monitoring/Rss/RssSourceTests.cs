using Microsoft.EntityFrameworkCore;
using SentimentDashboard.Data;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Tests.Fakes;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Monitoring.Rss;

/// <summary>RSS and Atom monitors on the app's data path and a SQLite file, reading a <see cref="FakeFeedServer"/> every second.</summary>
public sealed class RssSourceTests : IAsyncLifetime
{
    private readonly TempDirectory temp = new();
    private FakeFeedServer feeds = null!;
    private PipelineHost host = null!;

    public async Task InitializeAsync()
    {
        feeds = await FakeFeedServer.StartAsync();
        host = await PipelineHost.StartAsync(Path.Combine(temp.Path, "app.db"), new Dictionary<string, string?>
        {
            ["Rss:PollSeconds"] = "1",
            ["Rss:MaxFeedMegabytes"] = "1",
        });
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await feeds.DisposeAsync();
        temp.Dispose();
    }

    [Fact]
    public async Task Rss_And_Atom_Items_Are_Stored_Once_And_Unchanged_Feeds_Cost_A_304()
    {
        var gazette = feeds.Serve("/feed.xml", Feeds.Rss(
            Feeds.RssItem("ferry", "Ferry strike", "&lt;p&gt;Crews walked out&lt;/p&gt;&lt;script&gt;alert('owned')&lt;/script&gt;"),
            Feeds.RssItem("fish", "Fish market reopens", "Fresh catch", "Sat, 05 Dec 2026 07:00:00 GMT")));
        var blog = feeds.Serve("/blog.atom", Feeds.Atom(Feeds.AtomEntry("fog", "Fog", "&lt;p&gt;Thick fog tonight&lt;/p&gt;")), "application/atom+xml");
        var rss = await AddAsync(gazette);
        var atom = await AddAsync(blog);
        await host.WaitForCommitAsync(() => host.Hub.TotalAdded >= 3);

        await feeds.WaitForAsync(gazette, 304, count: 2);
        feeds.Serve("/feed.xml", Feeds.Rss(
            Feeds.RssItem("ferry", "Ferry strike", "&lt;p&gt;Crews walked out&lt;/p&gt;"),
            Feeds.RssItem("fish", "Fish market reopens", "Fresh catch"),
            Feeds.RssItem("gala", "Harbour gala tonight", "Lanterns at eight")));
        await host.WaitForCommitAsync(() => host.Hub.TotalAdded >= 4);
        await feeds.WaitForAsync(gazette, 304, count: 3);

        var stored = await StoredAsync(rss);
        Assert.Equal(["fish", "ferry", "gala"], stored.Select(p => p.SourceId));
        Assert.Equal("Ferry strike\n\nCrews walked out", stored[1].Text);
        Assert.Equal("https://gazette.example.org/ferry", stored[1].Url);
        Assert.Equal("Mira Holm", stored[1].Author);
        Assert.Equal("harbour", stored[1].Tags);
        Assert.Equal(new DateTimeOffset(2026, 12, 5, 7, 0, 0, TimeSpan.Zero), stored[0].CreatedAt);
        Assert.Equal(["urn:lighthouse:fog"], (await StoredAsync(atom)).Select(p => p.SourceId));
        Assert.Equal(4, host.Hub.TotalAdded);
        host.Logs.AssertNoErrors();
    }

    [Fact]
    public async Task A_Broken_Feed_Shows_Why_In_Its_State_While_Other_Feeds_Go_On_And_Recovers_Once_Fixed()
    {
        using var history = new StatusHistory(host.Get<MonitorStatusBoard>());
        var bad = await AddAsync(feeds.Serve("/bad.xml", "<rss><channel><item><title>oops</channel></rss>"));
        var down = await AddAsync(feeds.Fail("/down.xml", 503));
        var good = await AddAsync(feeds.Serve("/good.xml", Feeds.Rss(Feeds.RssItem("one", "All is well", "Calm seas"))));

        var malformed = await history.WaitForAsync(bad, MonitorState.Error);
        var unavailable = await history.WaitForAsync(down, MonitorState.Error);
        await host.WaitForCommitAsync(() => host.Hub.TotalAdded >= 1);
        feeds.Serve("/bad.xml", Feeds.Rss(Feeds.RssItem("fixed", "Fixed feed", "Readable again")));
        await history.WaitForAsync(bad, s => s.State == MonitorState.Running);
        await host.WaitForCommitAsync(() => host.Hub.TotalAdded >= 2);

        Assert.StartsWith("malformed feed: The 'title' start tag on line 1 position ", malformed.Message, StringComparison.Ordinal);
        Assert.Equal("127.0.0.1 answered 503 Service Unavailable", unavailable.Message);
        Assert.Equal(["one"], (await StoredAsync(good)).Select(p => p.SourceId));
        Assert.Equal(["fixed"], (await StoredAsync(bad)).Select(p => p.SourceId));
        Assert.Empty(await StoredAsync(down));
        host.Logs.AssertNoErrors();
    }

    [Fact]
    public async Task A_Feed_Over_The_Size_Limit_Fails_Clearly_And_A_Huge_Item_Is_Cut()
    {
        using var history = new StatusHistory(host.Get<MonitorStatusBoard>());
        var huge = await AddAsync(feeds.ServeHuge("/huge.xml", megabytes: 200));
        var longer = await AddAsync(feeds.Serve("/long.xml", Feeds.Rss(Feeds.RssItem("long", "Long read", string.Concat(Enumerable.Repeat("many words ", 50_000))))));

        var error = await history.WaitForAsync(huge, MonitorState.Error);
        await host.WaitForCommitAsync(() => host.Hub.TotalAdded >= 1);

        Assert.Equal("the feed is larger than 1 MB (Rss:MaxFeedMegabytes)", error.Message);
        var text = Assert.Single(await StoredAsync(longer)).Text;
        Assert.Equal(10_000, text.Length);
        Assert.StartsWith("Long read\n\nmany words many words", text, StringComparison.Ordinal);
        Assert.EndsWith("…", text, StringComparison.Ordinal);
        host.Logs.AssertNoErrors();
    }

    private async Task<long> AddAsync(Uri feed)
    {
        var result = await host.Registry.AddAsync(MonitorKind.Rss, feed.ToString());
        Assert.True(result.Succeeded, result.Error);
        return result.Monitor!.Id;
    }

    private async Task<List<PostEntity>> StoredAsync(long monitorId)
    {
        await using var db = await host.CreateDbContextAsync();
        return await db.Posts.AsNoTracking().Where(p => p.MonitorId == monitorId).OrderBy(p => p.Id).ToListAsync();
    }
}
