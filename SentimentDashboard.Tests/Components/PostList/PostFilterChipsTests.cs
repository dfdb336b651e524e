using Bunit;
using SentimentDashboard.Analysis;
using SentimentDashboard.Components.PostList;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Components.PostList;

public sealed class PostFilterChipsTests : ComponentTestContext
{
    private static readonly PostFilter Filter = new() { Range = TimeRange.All, MonitorId = 2, Tag = "news", Author = "@ann", Search = "rain" };

    private PostFilter? changed;

    [Fact]
    public void ChipClosed_RaisesTheFilterWithoutIt()
    {
        var chips = RenderChips(Filter);

        chips.Find(".filter-chip[data-filter='tag'] .mud-chip-close-button").Click();

        Assert.Equal(Filter with { Tag = null }, changed);
    }

    [Fact]
    public void SearchSubmitted_RaisesTheTrimmedText_AndAnEmptyBoxClearsIt()
    {
        var chips = RenderChips(Filter);

        chips.Find(".post-search input").Input("  flood warning ");
        chips.Find("form.post-search").Submit();
        Assert.Equal(Filter with { Search = "flood warning" }, changed);

        chips.Find(".post-search input").Input("   ");
        chips.Find("form.post-search").Submit();
        Assert.Equal(Filter with { Search = null }, changed);
    }

    [Fact]
    public void ClearAll_KeepsRangeAndMonitor()
    {
        var chips = RenderChips(Filter);

        chips.FindAll("button").Single(b => b.TextContent.Trim() == "Clear all").Click();

        Assert.Equal(new PostFilter { Range = TimeRange.All, MonitorId = 2 }, changed);
    }

    [Fact]
    public void OneFilter_HasNoClearAll_AndTheSearchBoxShowsTheSearch()
    {
        var chips = RenderChips(new PostFilter { Search = "rain" });

        Assert.DoesNotContain(chips.FindAll("button"), b => b.TextContent.Trim() == "Clear all");
        Assert.Equal("rain", chips.Find(".post-search input").GetAttribute("value"));
    }

    private IRenderedComponent<PostFilterChips> RenderChips(PostFilter filter) =>
        Render<PostFilterChips>(p => p.Add(c => c.Filter, filter).Add(c => c.OnChange, next => changed = next));
}
