using SentimentDashboard.Analysis;

namespace SentimentDashboard.Tests.Analysis;

public sealed class PostFilterTests
{
    [Fact]
    public void ToQueryStringThenParse_EveryField_RoundTrips()
    {
        var filter = new PostFilter
        {
            Range = new TimeRange("7d", null, null),
            MonitorId = 12,
            Sentiment = "negative",
            HatefulOnly = true,
            OffensiveOnly = true,
            Tag = "nimbusx",
            Term = "battery",
            Language = "en",
            Author = "@lena_runs",
            Search = "screen & \"glass\", cracked",
            Bucket = Granularity.Hour,
        };

        Assert.Equal(filter, PostFilter.Parse(filter.ToQueryString()));
    }

    [Fact]
    public void ToQueryStringThenParse_AbsoluteRange_RoundTrips()
    {
        var filter = new PostFilter { Range = TimeRange.Absolute(new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero), new(2026, 11, 22, 11, 0, 0, TimeSpan.Zero)) };
        var query = filter.ToQueryString();
        Assert.Equal("?from=2026-11-22T10%3A00%3A00Z&to=2026-11-22T11%3A00%3A00Z", query);
        Assert.Equal(filter, PostFilter.Parse(query));
    }

    [Fact]
    public void Parse_EmptyOrGarbage_GivesTheDefaultView()
    {
        Assert.Equal(new PostFilter(), PostFilter.Parse(""));
        Assert.Equal(new PostFilter(), PostFilter.Parse("?range=forever&monitor=abc&sentiment=great&bucket=week&from=yesterday"));
    }

    [Fact]
    public void Parse_TagWithHashAndCapitals_IsNormalised()
    {
        Assert.Equal("derbyday", PostFilter.Parse("?tag=%23DerbyDay").Tag);
    }

    [Theory]
    [InlineData("15m", 15)]
    [InlineData("24h", 24 * 60)]
    [InlineData("7d", 7 * 24 * 60)]
    public void Resolve_RelativeRange_EndsNowAndStartsThatLongAgo(string relative, int minutes)
    {
        var now = new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);
        var (from, to) = new TimeRange(relative, null, null).Resolve(now);
        Assert.Equal(now.AddMinutes(-minutes), from);
        Assert.Null(to);
    }

    [Fact]
    public void SuggestedGranularity_FollowsTheWindow()
    {
        var now = DateTimeOffset.UtcNow;
        Assert.Equal(Granularity.Minute, new TimeRange("1h", null, null).SuggestedGranularity(now, null));
        Assert.Equal(Granularity.Hour, new TimeRange("24h", null, null).SuggestedGranularity(now, null));
        Assert.Equal(Granularity.Day, new TimeRange("30d", null, null).SuggestedGranularity(now, null));
        Assert.Equal(Granularity.Hour, TimeRange.All.SuggestedGranularity(now, now.AddHours(-10)));
    }

    [Fact]
    public void TheOverviewsMark_StaysInItsOwnUrl_ButNotInThePostsPageOrTheExport()
    {
        var filter = new PostFilter { Range = TimeRange.All, MonitorId = 3, MarkAlertId = 12 };

        Assert.Equal("?range=all&monitor=3&mark=12", filter.ToQueryString());
        Assert.Equal(filter, PostFilter.Parse(filter.ToQueryString()));
        Assert.Equal("posts?range=all&monitor=3", filter.PostsPath());
        Assert.Equal("export/posts.csv?range=all&monitor=3&details=risk", filter.ExportPath());
    }
}
