using AngleSharp.Dom;
using Bunit;
using MudBlazor;
using SentimentDashboard.Analysis;
using SentimentDashboard.Components.Dashboard;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Components.Dashboard;

public sealed class FilterBarTests : ComponentTestContext
{
    private static readonly MonitorChoice[] Monitors = [new(1, "replay:/data/a.jsonl"), new(2, "mastodon:https://mastodon.social/tags/news")];
    private static readonly PostFilter Filtered = new() { Range = TimeRange.LastDay, MonitorId = 1, Tag = "news", Search = "battery" };

    private PostFilter? changed;

    [Fact]
    public void RangeButton_Clicked_RaisesTheFilterWithThatRange_KeepingTheRest()
    {
        var bar = RenderBar(Filtered);

        Button(bar, "1h").Click();

        Assert.Equal(Filtered with { Range = new TimeRange("1h", null, null) }, changed);
    }

    [Fact]
    public void RangeButtons_MarkTheFiltersRange()
    {
        var bar = RenderBar(Filtered);

        Assert.Equal(["24h"], bar.FindAll("[aria-label='Time range'] button[aria-checked='true']").Select(b => b.TextContent));
        Assert.Empty(bar.FindAll("[data-testid='custom-range']"));
    }

    [Fact]
    public void CustomRange_IsWrittenInTheViewersZone_AndNoRangeButtonIsPressed()
    {
        Preferences.Load(null, "Asia/Tokyo");
        var range = TimeRange.Absolute(new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 6, 9, 30, 0, TimeSpan.Zero));

        var bar = RenderBar(new PostFilter { Range = range });

        Assert.Equal("Dec 6 17:00 – Dec 6 18:30 (Asia/Tokyo)", bar.Find("[data-testid='custom-range']").TextContent.Trim());
        Assert.Empty(bar.FindAll("[aria-label='Time range'] button[aria-checked='true']"));
    }

    [Fact]
    public void MonitorChosen_RaisesTheFilterWithThatMonitor()
    {
        var popovers = Render<MudPopoverProvider>();
        var bar = RenderBar(new PostFilter());

        Choose(bar, popovers, ".filter-monitor", "mastodon: mastodon.social/tags/news");

        Assert.Equal(new PostFilter { MonitorId = 2 }, changed);
    }

    [Fact]
    public void AllMonitorsChosen_RaisesTheFilterWithoutMonitor()
    {
        var popovers = Render<MudPopoverProvider>();
        var bar = RenderBar(Filtered);

        Choose(bar, popovers, ".filter-monitor", "All monitors");

        Assert.Equal(Filtered with { MonitorId = null }, changed);
    }

    [Fact]
    public void BucketChosen_RaisesTheFilterWithThatBucket_AndIsHiddenWhenNotWanted()
    {
        var popovers = Render<MudPopoverProvider>();
        var bar = RenderBar(Filtered);

        Choose(bar, popovers, ".filter-bucket", "hour");

        Assert.Equal(Filtered with { Bucket = Granularity.Hour }, changed);
        Assert.Empty(RenderBar(Filtered, showBucket: false).FindAll(".filter-bucket"));
    }

    private IRenderedComponent<FilterBar> RenderBar(PostFilter filter, bool showBucket = true) => Render<FilterBar>(p => p
        .Add(b => b.Filter, filter)
        .Add(b => b.Monitors, Monitors)
        .Add(b => b.ShowBucket, showBucket)
        .Add(b => b.OnChange, next => changed = next)
        .AddCascadingValue(Preferences));

    private static IElement Button(IRenderedComponent<FilterBar> bar, string text) =>
        bar.FindAll("button").Single(b => b.TextContent.Trim() == text);

    /// <summary>Opens a MudSelect as a person does and clicks the item with <paramref name="text"/>.</summary>
    private static void Choose(IRenderedComponent<FilterBar> bar, IRenderedComponent<MudPopoverProvider> popovers, string select, string text)
    {
        bar.Find($"{select} .mud-input-control-input-container > div").MouseDown();
        popovers.WaitForAssertion(() => Assert.NotEmpty(popovers.FindAll(".mud-list-item")));
        popovers.FindAll(".mud-list-item").Single(i => i.TextContent.Trim() == text).Click();
    }
}
