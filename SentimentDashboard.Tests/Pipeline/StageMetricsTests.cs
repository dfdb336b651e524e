using SentimentDashboard.Pipeline;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Pipeline;

public sealed class StageMetricsTests
{
    [Fact]
    public void Snapshot_Reports_Rate_Over_Whole_Seconds_When_Items_Completed()
    {
        var time = new ManualTime();
        var depth = 7;
        var metrics = new StageMetrics("store", () => depth, 100, time);

        for (var second = 0; second < StageMetrics.RateSeconds; second++)
        {
            metrics.Completed(100);
            time.Advance(TimeSpan.FromSeconds(1));
        }

        metrics.Completed(1000); // the current second is not over: not in the rate yet
        metrics.Failed();
        var snapshot = metrics.Snapshot();

        Assert.Equal(100, snapshot.PerSecond);
        Assert.Equal(1500, snapshot.Processed);
        Assert.Equal(1, snapshot.Errors);
        Assert.Equal(7, snapshot.QueueDepth);
        Assert.Equal(100, snapshot.QueueCapacity);
    }

    [Fact]
    public void Snapshot_Reports_Latency_Percentiles_When_Samples_Recorded()
    {
        var metrics = new StageMetrics("classify", () => 0, 10, new ManualTime());
        for (var ms = 1; ms <= 100; ms++)
        {
            metrics.Latency(TimeSpan.FromMilliseconds(ms));
        }

        var snapshot = metrics.Snapshot();

        Assert.Equal(50, snapshot.LatencyP50Milliseconds, 3);
        Assert.Equal(95, snapshot.LatencyP95Milliseconds, 3);
    }
}
