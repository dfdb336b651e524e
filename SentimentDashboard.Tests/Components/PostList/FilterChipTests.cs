using SentimentDashboard.Analysis;
using SentimentDashboard.Components.PostList;

namespace SentimentDashboard.Tests.Components.PostList;

public sealed class FilterChipTests
{
    [Fact]
    public void Of_EveryFilterBeyondRangeAndMonitor_IsAChipThatRemovesOnlyItself()
    {
        var filter = new PostFilter
        {
            Range = TimeRange.All, MonitorId = 3, Sentiment = "negative", HatefulOnly = true, OffensiveOnly = true,
            Tag = "news", Term = "flood", Language = "en", Author = "@ann", Search = "rain",
        };

        var chips = FilterChip.Of(filter);

        Assert.Equal(["sentiment", "hate", "offensive", "tag", "term", "lang", "author", "q"], chips.Select(c => c.Name));
        Assert.Equal(["negative", "hateful", "offensive", "#news", "“flood”", "language en", "by @ann", "text “rain”"], chips.Select(c => c.Text));
        Assert.Equal(filter with { Tag = null }, chips.Single(c => c.Name == "tag").Without);
        Assert.Equal(filter with { HatefulOnly = false }, chips.Single(c => c.Name == "hate").Without);
        Assert.All(chips, chip => Assert.Equal(filter.ToQueryString().Split('&').Length - 1, chip.Without.ToQueryString().Split('&').Length));
    }

    [Fact]
    public void Of_RangeAndMonitorOnly_HasNoChips()
    {
        Assert.Empty(FilterChip.Of(new PostFilter { Range = TimeRange.All, MonitorId = 1, Bucket = Granularity.Hour }));
    }
}
