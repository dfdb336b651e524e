using Bunit;
using SentimentDashboard.Analysis;
using SentimentDashboard.Components.PostList;
using SentimentDashboard.Components.Shared;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Components.PostList;

/// <summary>The posts grid as a person uses it: sort by a column, page, ask why; on a real SQLite file and the shipped models.</summary>
public sealed class PostGridTests : DataComponentTestContext
{
    private const int Count = 30;

    private IRenderedComponent<MudBlazor.MudPopoverProvider> popovers = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var monitor = await StoredPosts.MonitorAsync(Host, Temp);
        // p1 is the oldest and the riskiest: newest first and riskiest first give opposite orders.
        await StoredPosts.AddAsync(Host, Enumerable.Range(1, Count - 1).Select(i => StoredPosts.Scored(monitor, $"p{i}", i, risk: 1f - (i / 100f)))
            .Append(StoredPosts.Unscored(monitor, "finnish", Count)));
    }

    [Fact]
    public void FirstPage_ListsFiftyNewestFirst_WithTheCountAndTheViewersZone()
    {
        Preferences.Load(null, "America/New_York");

        var grid = RenderGrid();

        grid.WaitForAssertion(() => Assert.Equal("30 posts match", grid.Find("[data-testid='post-count']").TextContent));
        Assert.Equal(["finnish", "p29", "p28"], PostIds(grid).Take(3));
        Assert.Equal(Count, PostIds(grid).Count);
        Assert.Contains("Time (America/New_York)", grid.Find("th.col-time").TextContent, StringComparison.Ordinal);
        Assert.Equal("05:30:00", grid.Find("tr.post-row .time-clock").TextContent);
    }

    [Fact]
    public void RiskHeader_ClickedTwice_ListsRiskiestFirst_UnscoredLast()
    {
        var grid = RenderGrid();
        grid.WaitForAssertion(() => Assert.Equal(Count, PostIds(grid).Count));

        SortBy(grid, "Risk");
        grid.WaitForAssertion(() => Assert.Equal(["p29", "p28"], PostIds(grid).Take(2)));
        SortBy(grid, "Risk");

        grid.WaitForAssertion(() => Assert.Equal(["p1", "p2", "p3"], PostIds(grid).Take(3)));
        Assert.Equal("finnish", PostIds(grid)[^1]);
    }

    [Fact]
    public void PageSize_TwentyFive_ThenNextPage_ShowsTheRest()
    {
        var grid = RenderGrid();
        grid.WaitForAssertion(() => Assert.Equal(Count, PostIds(grid).Count));

        ChoosePageSize(grid, "25");
        grid.WaitForAssertion(() => Assert.Equal(25, PostIds(grid).Count));
        grid.Find("button[aria-label='Next page']").Click();

        grid.WaitForAssertion(() => Assert.Equal(["p4", "p3", "p2", "p1"], PostIds(grid).TakeLast(4)));
        Assert.Equal(5, PostIds(grid).Count);
    }

    [Fact]
    public async Task Reload_AfterTheFilterChanged_ShowsItsFirstPage()
    {
        var grid = RenderGrid();
        grid.WaitForAssertion(() => Assert.Equal(Count, PostIds(grid).Count));
        ChoosePageSize(grid, "25");
        grid.Find("button[aria-label='Next page']").Click();
        grid.WaitForAssertion(() => Assert.Equal(5, PostIds(grid).Count));

        grid.Instance.Source.Filter = new PostFilter { Range = TimeRange.All, Author = "@p7" };
        await grid.InvokeAsync(grid.Instance.ReloadAsync);

        grid.WaitForAssertion(() => Assert.Equal(["p7"], PostIds(grid)));
        Assert.Equal("1 post matches", grid.Find("[data-testid='post-count']").TextContent);
    }

    [Fact]
    public void Why_Clicked_ShowsEachModelsVerdictAndTerms_OnlyForScoredPosts()
    {
        var grid = RenderGrid();
        grid.WaitForAssertion(() => Assert.Equal(Count, PostIds(grid).Count));
        var rows = grid.FindAll("tr.post-row");
        Assert.Empty(rows[0].QuerySelectorAll(".why-button"));
        Assert.Equal("unscored", rows[0].QuerySelector(".label-badge")!.TextContent);

        rows[1].QuerySelector(".why-button")!.Click();

        grid.WaitForAssertion(() => Assert.Equal(["sentiment", "hate", "offensive", "emotion"],
            grid.FindAll("[data-testid='explanation'] .explain-row").Select(r => r.GetAttribute("data-task"))));
        Assert.Equal("true", grid.FindAll("tr.post-row")[1].QuerySelector(".why-button")!.GetAttribute("aria-expanded"));
    }

    [Fact]
    public async Task A_post_with_a_risk_analysis_shows_its_category_and_on_why_the_breakdown()
    {
        await using (var db = await Host.CreateDbContextAsync())
        {
            var p29 = db.Posts.Single(p => p.SourceId == "p29").Id;
            db.PostRisks.Add(new SentimentDashboard.Data.PostRiskEntity
            {
                PostId = p29, CalibratedNegative = 0.8f, CalibratedHate = 0.7f, CalibratedOffensive = 0.5f, ContentRisk = 0.9f,
                Category = "hateful", Virality = "medium", EngagementPerMinute = 3, HateTarget = "religion", TargetTerms = "“muslims”",
                Justification = "Hateful: the hate model decides hate.",
            });
            await db.SaveChangesAsync();
        }

        var grid = RenderGrid();
        grid.WaitForAssertion(() => Assert.Equal(Count, PostIds(grid).Count));
        var row = grid.FindAll("tr.post-row")[1];
        Assert.Equal("hateful · religion", row.QuerySelector("[data-risk='category']")!.TextContent);
        Assert.Null(grid.FindAll("tr.post-row")[2].QuerySelector("[data-risk='category']"));

        row.QuerySelector(".why-button")!.Click();

        grid.WaitForAssertion(() => Assert.Single(grid.FindAll("[data-testid='risk-breakdown']")));
        var breakdown = grid.Find("[data-testid='risk-breakdown']");
        Assert.Equal("hateful", breakdown.GetAttribute("data-category"));
        Assert.Equal("aimed at religion", breakdown.QuerySelector("[data-risk='target']")!.TextContent);
        Assert.Equal("hate 70%", breakdown.QuerySelector("[data-risk='hate']")!.TextContent);
        Assert.Equal("virality medium", breakdown.QuerySelector("[data-risk='virality']")!.TextContent);
        Assert.Contains("× 1.3 or × 1.5", breakdown.QuerySelector(".risk-formula")!.TextContent, StringComparison.Ordinal);
    }

    private IRenderedComponent<PostGrid> RenderGrid()
    {
        popovers = Render<MudBlazor.MudPopoverProvider>();
        var source = new PostGridSource(Queries()) { Filter = new PostFilter { Range = TimeRange.All } };
        return Render<PostGrid>(p => p.Add(g => g.Source, source).AddCascadingValue(Preferences));
    }

    private static List<string?> PostIds(IRenderedComponent<PostGrid> grid) =>
        [.. grid.FindAll("tr.post-row .post-summary").Select(s => s.GetAttribute("data-post-id"))];

    private void ChoosePageSize(IRenderedComponent<PostGrid> grid, string size)
    {
        grid.Find(".mud-table-pagination-select .mud-input-control-input-container > div").MouseDown();
        popovers.WaitForAssertion(() => Assert.NotEmpty(popovers.FindAll(".mud-list-item")));
        popovers.FindAll(".mud-list-item").Single(i => i.TextContent.Trim() == size).Click();
    }

    private static void SortBy(IRenderedComponent<PostGrid> grid, string column) =>
        grid.FindAll("th").Single(th => th.TextContent.Trim() == column).QuerySelector(".sortable-column-header")!.Click();
}
