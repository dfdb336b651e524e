using Microsoft.EntityFrameworkCore;
using SentimentDashboard.Analysis;
using SentimentDashboard.Data;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Analysis;

/// <summary>Tag filters drive the queries from the PostTags table: every view must still mean the same posts.</summary>
public sealed class DashboardQueriesTagTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);
    private static readonly PostFilter News = new() { Range = TimeRange.All, Tag = "news" };

    private readonly TempDirectory _temp = new();
    private PipelineHost _host = null!;
    private DashboardQueries _queries = null!;

    public async Task InitializeAsync()
    {
        _host = await PipelineHost.StartAsync(Path.Combine(_temp.Path, "app.db"));
        _queries = new DashboardQueries(_host.Get<IDbContextFactory<DashboardDbContext>>(), TimeProvider.System);
        var monitor = (await _host.Registry.AddAsync(MonitorKind.Replay, _temp.Write("none.jsonl", ""))).Monitor!.Id;
        RawPost[] posts =
        [
            Post(monitor, "a", 0, "Flood warning for the valley tonight", "news", "rain"),
            Post(monitor, "b", 1, "The council approved the new budget", "news"),
            Post(monitor, "c", 2, "What a goal in the final minute", "sport"),
        ];
        foreach (var post in posts)
        {
            await _host.Input.Writer.WriteAsync(post);
        }

        await _host.WaitForStoredAsync(posts.Length);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task PostsAsync_TagFilter_ListsTheTagsPostsNewestFirst()
    {
        var page = await _queries.PostsAsync(News, new PageRequest(0, 10));

        Assert.Equal(["b", "a"], page.Posts.Select(p => p.SourceId));
        Assert.Equal(2, page.Total);
    }

    [Fact]
    public async Task Overview_TagFilter_CountsOnlyTheTagsPosts()
    {
        var overview = await new OverviewLoader(_queries, new OverviewCounts(_queries), new RecentSample(_queries), TimeProvider.System)
            .LoadAsync(News with { Bucket = Granularity.Hour }, 10);

        Assert.Equal(2, overview.Counters.Posts);
        Assert.Equal(2, overview.Timeline.Sum(b => b.Total));
        Assert.Equal(2, Assert.Single(overview.Volumes).Posts);
        Assert.Equal(new DateTimeOffset?(Start), overview.Counters.First);
        Assert.Equal(new DateTimeOffset?(Start.AddMinutes(1)), overview.Counters.Last);
    }

    [Fact]
    public async Task TopTagsAsync_TagFilter_CountsTheTagsThatGoWithIt()
    {
        var tags = await _queries.TopTagsAsync(News, 10);

        Assert.Equal([new KeyCount("news", 2), new KeyCount("rain", 1)], tags);
    }

    [Fact]
    public async Task StreamPostsAsync_TagFilter_ExportsTheTagsPostsOldestFirst()
    {
        var rows = new List<string>();
        await foreach (var row in _queries.StreamPostsAsync(News))
        {
            rows.Add(row.SourceId);
        }

        Assert.Equal(["a", "b"], rows);
    }

    private static RawPost Post(long monitor, string id, int minutes, string text, params string[] tags) =>
        Posts.Raw(monitor, id, text) with { CreatedAt = Start.AddMinutes(minutes), Tags = tags };
}
