using SentimentDashboard.Analysis;

namespace SentimentDashboard.Tests.Analysis;

public sealed class TimelineFillTests
{
    private static readonly DateTimeOffset Midnight = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Fill_HourlyDayWithTwoBusyHours_GivesEveryHourOfTheView()
    {
        SentimentBucket[] buckets = [new(Midnight.AddHours(3), 1, 2, 3, 0), new(Midnight.AddHours(7), 0, 0, 5, 1)];

        var filled = TimelineFill.Fill(buckets, Granularity.Hour, Midnight.AddMinutes(30), Midnight.AddHours(10).AddMinutes(15));

        Assert.Equal(Enumerable.Range(0, 11).Select(h => Midnight.AddHours(h)), filled.Select(b => b.Start));
        Assert.Equal(buckets[0], filled[3]);
        Assert.Equal(buckets[1], filled[7]);
        Assert.Equal(12, filled.Sum(b => b.Total));
    }

    [Fact]
    public void Fill_ViewWithoutStart_BeginsAtTheFirstBucket()
    {
        SentimentBucket[] buckets = [new(Midnight.AddDays(2), 1, 0, 0, 0)];

        var filled = TimelineFill.Fill(buckets, Granularity.Day, null, Midnight.AddDays(4).AddHours(1));

        Assert.Equal([Midnight.AddDays(2), Midnight.AddDays(3), Midnight.AddDays(4)], filled.Select(b => b.Start));
    }

    [Fact]
    public void Fill_TooManyBuckets_LeavesTheTimelineAlone()
    {
        SentimentBucket[] buckets = [new(Midnight, 1, 0, 0, 0)];

        var filled = TimelineFill.Fill(buckets, Granularity.Minute, Midnight, Midnight.AddDays(30));

        Assert.Same(buckets, filled);
    }

    [Fact]
    public void Fill_NoBuckets_StaysEmpty()
    {
        Assert.Empty(TimelineFill.Fill([], Granularity.Hour, Midnight, Midnight.AddHours(5)));
    }
}
