using SentimentDashboard.Analysis.Lives;
using SentimentDashboard.Data;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Analysis.Lives;

/// <summary>Pages of lives for the Lives grid: current ones first unless sorted by a column.</summary>
public sealed class LiveQueriesPagingTests : HostedTest
{
    private LiveQueries _queries = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _queries = Lives();
        var monitor = await StoredPosts.MonitorAsync(Host, Temp);
        await using var context = await Host.CreateDbContextAsync();
        context.Lives.AddRange(
            Live(monitor, "old and ended", 0, ended: true, segments: 30),
            Live(monitor, "still on", 10, ended: false, segments: 5),
            Live(monitor, "newer but ended", 20, ended: true, segments: 12));
        await context.SaveChangesAsync();
    }

    [Fact]
    public async Task PageAsync_Unsorted_ListsCurrentLivesFirst_ThenNewestFirst()
    {
        var page = await _queries.PageAsync(new PageRequest(0, 10));

        Assert.Equal(["still on", "newer but ended", "old and ended"], page.Rows.Select(l => l.Title));
        Assert.Equal(3, page.Total);
        Assert.Contains("none.jsonl", page.Rows[0].Target, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageAsync_SortedBySegmentsDescending_SecondPage()
    {
        var page = await _queries.PageAsync(new PageRequest(1, 1, nameof(LiveSummary.Segments), Descending: true));

        Assert.Equal("newer but ended", Assert.Single(page.Rows).Title);
        Assert.Equal(3, page.Total);
    }

    [Theory]
    [InlineData("STILL", new[] { "still on" })]
    [InlineData("ended", new[] { "newer but ended", "old and ended" })]
    [InlineData("none.jsonl", new[] { "still on", "newer but ended", "old and ended" })]
    [InlineData("nothing like it", new string[0])]
    public async Task PageAsync_WithASearch_KeepsLivesWhoseTitleOrStreamContainsIt(string search, string[] titles)
    {
        var page = await _queries.PageAsync(new PageRequest(0, 10, Search: search));

        Assert.Equal(titles, page.Rows.Select(l => l.Title));
        Assert.Equal(titles.Length, page.Total);
    }

    [Fact]
    public async Task ListAsync_KeepsTheLivesTableOrder_ForTheCsvExport()
    {
        var lives = await _queries.ListAsync(2);

        Assert.Equal(["still on", "newer but ended"], lives.Select(l => l.Title));
    }

    private static LiveEntity Live(long monitor, string title, int minutes, bool ended, int segments) => new()
    {
        MonitorId = monitor,
        Title = title,
        StartedAt = StoredPosts.Start.AddMinutes(minutes),
        EndedAt = ended ? StoredPosts.Start.AddMinutes(minutes + 5) : null,
        Segments = segments,
    };
}
