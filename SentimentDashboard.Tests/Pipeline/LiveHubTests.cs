using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Pipeline;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Pipeline;

public sealed class LiveHubTests
{
    private readonly LogCollector _logs = new();

    private LiveHub CreateHub(int recent = 3)
    {
        var factory = LoggerFactory.Create(logging => logging.AddProvider(_logs));
        return new LiveHub(Options.Create(new PipelineOptions { RecentPosts = recent }), factory.CreateLogger<LiveHub>());
    }

    private static CommittedBatch Batch(params long[] ids) => new(
        [.. ids.Select(id => new LivePost(id, 1, MonitorKind.Replay, $"s{id}", DateTimeOffset.UnixEpoch, null, "en", "text", null, [], null))],
        [],
        [],
        DateTimeOffset.UnixEpoch);

    [Fact]
    public void Subscribe_Stops_Delivering_When_Disposed()
    {
        var hub = CreateHub();
        var received = 0;
        var subscription = hub.Subscribe(_ => received++);

        hub.Publish(Batch(1));
        subscription.Dispose();
        hub.Publish(Batch(2));

        Assert.Equal(1, received);
        Assert.Equal(2, hub.TotalAdded);
    }

    [Fact]
    public void Publish_Reaches_Other_Subscribers_When_One_Throws()
    {
        var hub = CreateHub();
        var received = 0;
        using var failing = hub.Subscribe(_ => throw new InvalidOperationException("broken page"));
        using var working = hub.Subscribe(_ => received++);

        hub.Publish(Batch(1));

        Assert.Equal(1, received);
        Assert.Contains(_logs.Errors, e => e.Exception is InvalidOperationException);
    }

    [Fact]
    public void Recent_Keeps_Newest_Posts_Oldest_First_When_More_Were_Added()
    {
        var hub = CreateHub(recent: 3);

        hub.Publish(Batch(1, 2));
        hub.Publish(Batch(3, 4, 5));

        Assert.Equal([3L, 4L, 5L], hub.Recent().Select(p => p.Id));
    }
}
