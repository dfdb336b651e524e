using Microsoft.EntityFrameworkCore;
using MudBlazor;
using SentimentDashboard.Analysis;
using SentimentDashboard.Components.Shared;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Components.Shared;

/// <summary>The adapter from a filter and a grid's state to one SQL page of posts, on a real SQLite file.</summary>
public sealed class PostGridSourceTests : DataComponentTestContext
{
    private long monitor;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        monitor = await StoredPosts.MonitorAsync(Host, Temp);
        await StoredPosts.AddAsync(Host,
        [
            StoredPosts.Scored(monitor, "a", 0, risk: 0.3f),
            StoredPosts.Scored(monitor, "b", 1, risk: 0.8f),
            StoredPosts.Scored(monitor, "c", 2, risk: 0.1f),
            StoredPosts.Scored(monitor, "d", 3, risk: 0.6f),
            StoredPosts.Unscored(monitor, "e", 4),
        ]);
    }

    [Fact]
    public async Task LoadAsync_SecondPageSortedByRiskDescending_ReadsThatPageAndCountsAll()
    {
        var source = new PostGridSource(Queries()) { Filter = new PostFilter { Range = TimeRange.All } };

        var data = await source.LoadAsync(State(page: 1, size: 2, new SortDefinition<PostRow>(nameof(PostRow.Risk), true, 0, p => p.Risk!)), CancellationToken.None);

        Assert.Equal(["a", "c"], data.Items.Select(p => p.SourceId));
        Assert.Equal(5, data.TotalItems);
        Assert.Equal("5 posts match", source.MatchText);
    }

    [Fact]
    public async Task LoadAsync_Unsorted_ListsTheFiltersPostsNewestFirst()
    {
        var source = new PostGridSource(Queries()) { Filter = new PostFilter { Range = TimeRange.All, Author = "@b" } };
        Assert.Equal("Loading…", source.MatchText);

        var data = await source.LoadAsync(State(page: 0, size: 25), CancellationToken.None);

        Assert.Equal(["b"], data.Items.Select(p => p.SourceId));
        Assert.Equal("1 post matches", source.MatchText);
    }

    [Fact]
    public async Task LoadAsync_PastTheCountLimit_SaysSoInsteadOfCountingOn()
    {
        await using (var context = await Host.CreateDbContextAsync())
        {
            // Ten thousand more rows in one statement: past the limit the count stops.
            await context.Database.ExecuteSqlAsync($"""
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000)
                INSERT INTO Posts (MonitorId, MonitorKind, DedupeScope, SourceId, CreatedAt, Text, Tags, Reblogs, Favourites, Replies, Sensitive, Deleted, Edited, Scored)
                SELECT {monitor}, 'Replay', {monitor}, 'bulk-' || i, i, 'bulk', '', 0, 0, 0, 0, 0, 0, 0 FROM n
                """);
        }

        var source = new PostGridSource(Queries()) { Filter = new PostFilter { Range = TimeRange.All } };
        var data = await source.LoadAsync(State(page: 0, size: 25), CancellationToken.None);

        Assert.Equal(25, data.Items.Count());
        Assert.Equal(DashboardQueries.CountLimit + 1, data.TotalItems);
        Assert.Equal("10,000+ posts match", source.MatchText);
    }

    private static GridState<PostRow> State(int page, int size, params SortDefinition<PostRow>[] sorts) =>
        new() { Page = page, PageSize = size, SortDefinitions = [.. sorts] };
}
