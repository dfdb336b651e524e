using SentimentDashboard.Components.Charts;

namespace SentimentDashboard.Tests.Components.Charts;

public sealed class AxisTimeTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Theory]
    [InlineData("2026-12-06T08:00:00Z", "2026-12-06 09:00:00")]
    [InlineData("2026-07-06T08:00:00Z", "2026-07-06 10:00:00")]
    [InlineData("2026-12-06T08:00:01.250Z", "2026-12-06 09:00:01.250")]
    public void ToAxis_WritesTheViewersWallClockTime(string instant, string axis) =>
        Assert.Equal(axis, AxisTime.ToAxis(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture), Paris));

    [Theory]
    [InlineData("2026-12-06 09:15", "2026-12-06T08:15:00Z")]
    [InlineData("2026-12-06 09:15:30.5127", "2026-12-06T08:15:30.5127Z")]
    [InlineData("2026-07-06 10:00:00", "2026-07-06T08:00:00Z")]
    [InlineData("2026-12-06", "2026-12-05T23:00:00Z")]
    public void FromAxis_ReadsPlotlysWallClockTime_AsAnExactInstant(string axis, string instant) =>
        Assert.Equal(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture), AxisTime.FromAxis(axis, Paris));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("autorange")]
    public void FromAxis_NotATime_IsNull(string? axis) => Assert.Null(AxisTime.FromAxis(axis, Paris));

    [Fact]
    public void ToAxis_ThenFromAxis_GivesTheSameInstant_InUtcToo()
    {
        var instant = new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero);

        Assert.Equal(instant, AxisTime.FromAxis(AxisTime.ToAxis(instant, Paris), Paris));
        Assert.Equal(instant, AxisTime.FromAxis(AxisTime.ToAxis(instant, TimeZoneInfo.Utc), TimeZoneInfo.Utc));
    }
}
