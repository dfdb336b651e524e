using SentimentDashboard.Analysis;

namespace SentimentDashboard.Tests.Analysis;

public sealed class TrendDetectorTests
{
    [Fact]
    public void Detect_TermFarAboveItsBaseline_Trends()
    {
        // 100 recent posts, 1000 baseline posts: "battery" was in 10 of 1000 (expected (10+1)*100/1001 ~ 1.1), now in 30.
        var trends = TrendDetector.Detect(
            new Dictionary<string, int> { ["battery"] = 30, ["phone"] = 12 }, 100,
            new Dictionary<string, int> { ["battery"] = 10, ["phone"] = 110 }, 1000,
            top: 10);

        var battery = Assert.Single(trends);
        Assert.Equal("battery", battery.Term);
        Assert.Equal(11 * 100 / 1001.0, battery.Expected, 6);
        Assert.Equal((30 - battery.Expected) / Math.Sqrt(battery.Expected), battery.Score, 6);
    }

    [Fact]
    public void Detect_SteadyTerm_DoesNotTrend()
    {
        var trends = TrendDetector.Detect(
            new Dictionary<string, int> { ["coffee"] = 10 }, 100,
            new Dictionary<string, int> { ["coffee"] = 100 }, 1000,
            top: 10);
        Assert.Empty(trends);
    }

    [Fact]
    public void Detect_BrandNewTermWithFewMentions_DoesNotTrend()
    {
        var trends = TrendDetector.Detect(new Dictionary<string, int> { ["zzz"] = 2 }, 10, new Dictionary<string, int>(), 0, top: 10);
        Assert.Empty(trends);
    }

    [Fact]
    public void Detect_OrdersByScoreAndKeepsTop()
    {
        var recent = new Dictionary<string, int> { ["a"] = 20, ["b"] = 40, ["c"] = 30 };
        var trends = TrendDetector.Detect(recent, 100, new Dictionary<string, int>(), 1000, top: 2);
        Assert.Equal(["b", "c"], trends.Select(t => t.Term));
    }

    [Fact]
    public void Detect_NoRecentPosts_IsEmpty()
    {
        Assert.Empty(TrendDetector.Detect(new Dictionary<string, int>(), 0, new Dictionary<string, int>(), 0, top: 5));
    }
}
