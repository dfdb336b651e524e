using SentimentDashboard.Analysis;
using SentimentDashboard.Data;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Analysis;

/// <summary>Pages of posts sorted by time or by a score, as the posts grid asks for them, on a real SQLite file.</summary>
public sealed class DashboardQueriesSortTests : HostedTest
{
    private static readonly PostFilter All = new() { Range = TimeRange.All };

    private DashboardQueries _queries = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _queries = Queries();
        var monitor = await StoredPosts.MonitorAsync(Host, Temp);
        await StoredPosts.AddAsync(Host,
        [
            StoredPosts.Scored(monitor, "low", 0, risk: 0.1f, hate: 0.6f),
            StoredPosts.Unscored(monitor, "finnish", 1),
            StoredPosts.Scored(monitor, "high", 2, risk: 0.9f, hate: 0.2f),
            StoredPosts.Scored(monitor, "middle", 3, risk: 0.5f, hate: 0.4f),
        ]);
    }

    [Theory]
    [InlineData(true, new[] { "high", "middle", "low", "finnish" })]
    [InlineData(false, new[] { "low", "middle", "high", "finnish" })]
    public async Task PostsAsync_SortedByRisk_OrdersByRisk_UnscoredLastEitherWay(bool descending, string[] expected)
    {
        var page = await _queries.PostsAsync(All, new PageRequest(0, 10, nameof(PostRow.Risk), descending));

        Assert.Equal(expected, page.Posts.Select(p => p.SourceId));
        Assert.Equal(4, page.Total);
    }

    [Fact]
    public async Task PostsAsync_SortedByHate_SecondPageOfTwo_SkipsTheFirstTwo()
    {
        var page = await _queries.PostsAsync(All, new PageRequest(2, 2, nameof(PostRow.Hate), Descending: true));

        Assert.Equal(["high", "finnish"], page.Posts.Select(p => p.SourceId));
        Assert.Equal(4, page.Total);
        Assert.False(page.More);
    }

    [Fact]
    public async Task PostsAsync_SortedByTimeAscending_ListsOldestFirst()
    {
        var page = await _queries.PostsAsync(All, new PageRequest(0, 10, nameof(PostRow.CreatedAt), Descending: false));

        Assert.Equal(["low", "finnish", "high", "middle"], page.Posts.Select(p => p.SourceId));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Text; DROP TABLE Posts")]
    public async Task PostsAsync_WithoutAKnownSortName_ListsNewestFirst(string? sortBy)
    {
        var page = await _queries.PostsAsync(All, new PageRequest(0, 10, sortBy, Descending: false));

        Assert.Equal(["middle", "high", "finnish", "low"], page.Posts.Select(p => p.SourceId));
    }
}
