using SentimentDashboard.Analysis.Risk;

namespace SentimentDashboard.Tests.Analysis.Risk;

public sealed class ViralityEstimatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly ViralityEstimator _estimator = new(new RiskOptions());

    [Theory]
    [InlineData(0, 0, 0, 10, ViralityLevel.Low, 0)]
    [InlineData(5, 3, 1, 10, ViralityLevel.Low, 0.9)] // 9 interactions in 10 minutes
    [InlineData(10, 15, 5, 10, ViralityLevel.Medium, 3)] // 30 in 10 minutes
    [InlineData(80, 100, 20, 10, ViralityLevel.High, 20)] // 200 in 10 minutes
    [InlineData(3, 2, 0, 0.1, ViralityLevel.Medium, 5)] // read 6 s after posting: counted over a whole minute
    [InlineData(600, 900, 300, 240, ViralityLevel.Medium, 7.5)] // popular over four hours: medium, not high
    public void Posts_are_judged_by_interactions_per_minute_since_posting(int reblogs, int favourites, int replies, double minutesAgo, ViralityLevel level, double perMinute)
    {
        var (estimated, rate) = _estimator.Estimate(new Engagement(reblogs, favourites, replies), Now.AddMinutes(-minutesAgo), Now);

        Assert.Equal(level, estimated);
        Assert.Equal(perMinute, rate, 3);
    }

    [Theory]
    [InlineData(200, 0, ViralityLevel.Low)]
    [InlineData(2_500, 10, ViralityLevel.Medium)]
    [InlineData(12_000, 0, ViralityLevel.High)]
    [InlineData(300, 150, ViralityLevel.Medium)] // small but growing by 150 viewers a minute
    [InlineData(800, 1_200, ViralityLevel.High)]
    [InlineData(5_000, -400, ViralityLevel.Medium)] // shrinking: the size alone counts
    public void Live_segments_are_judged_by_viewers_and_their_growth(int viewers, double growth, ViralityLevel level)
    {
        var (estimated, _) = _estimator.Estimate(new Engagement(0, 0, 0, viewers, growth), Now, Now);

        Assert.Equal(level, estimated);
    }
}
