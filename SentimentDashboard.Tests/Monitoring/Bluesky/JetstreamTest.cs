using Microsoft.EntityFrameworkCore;
using SentimentDashboard.Data;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Tests.Fakes;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Monitoring.Bluesky;

/// <summary>The app's data path on a SQLite file, its Bluesky monitors reading a <see cref="FakeJetstreamServer"/>.</summary>
public abstract class JetstreamTest : IAsyncLifetime
{
    public const string Alice = "did:plc:alice2345alice2345alice2";
    public const string Bob = "did:plc:bob234567bob234567bob234";

    private int rkeys;

    protected TempDirectory Temp { get; } = new();

    protected FakeJetstreamServer Jetstream { get; private set; } = null!;

    protected PipelineHost Host { get; set; } = null!;

    protected string DatabasePath => Path.Combine(Temp.Path, "app.db");

    /// <summary>Bluesky:Engagement for the app these tests start.</summary>
    protected virtual bool CountsEngagement => false;

    public async Task InitializeAsync()
    {
        Jetstream = await FakeJetstreamServer.StartAsync();
        Host = await StartHostAsync();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Jetstream.DisposeAsync();
        Temp.Dispose();
    }

    protected Task<PipelineHost> StartHostAsync() => PipelineHost.StartAsync(DatabasePath, new Dictionary<string, string?>
    {
        ["Bluesky:JetstreamUrl"] = Jetstream.SubscribeUrl.ToString(),
        ["Bluesky:FallbackUrls"] = "",
        ["Bluesky:Engagement"] = CountsEngagement ? "true" : "false",
    });

    protected async Task<long> AddMonitorAsync(string query)
    {
        var result = await Host.Registry.AddAsync(MonitorKind.Bluesky, query);
        Assert.True(result.Succeeded, result.Error);
        return result.Monitor!.Id;
    }

    /// <summary>Publishes a post by <paramref name="did"/> (default Alice) with a new record key.</summary>
    protected FakeJetstreamEvent Post(string text, string[]? langs = null, string did = Alice) =>
        Jetstream.Publish(t => FakeJetstreamEvent.Post(did, $"3lrkey{Interlocked.Increment(ref rkeys):D7}", t, text, langs ?? ["en"]));

    protected static string Uri(FakeJetstreamEvent post) => $"at://{post.Did}/app.bsky.feed.post/{RecordKey(post)}";

    protected static string RecordKey(FakeJetstreamEvent record) =>
        System.Text.Json.JsonDocument.Parse(record.Json).RootElement.GetProperty("commit").GetProperty("rkey").GetString()!;

    /// <summary>Publishes a matching marker post and waits until it is stored: every event before it has been handled by then.</summary>
    protected async Task<FakeJetstreamEvent> FlushAsync(string text = "marker: the news ends here", string did = Alice)
    {
        var stored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        FakeJetstreamEvent? marker = null;
        using var subscription = Host.Hub.Subscribe(batch =>
        {
            if (marker is not null && batch.Added.Any(p => p.SourceId == Uri(marker)))
            {
                stored.TrySetResult();
            }
        });
        marker = Post(text, did: did);
        await stored.Task.WaitAsync(PipelineHost.Timeout);
        return marker;
    }

    protected async Task<List<PostEntity>> StoredAsync(long monitorId)
    {
        await using var db = await Host.CreateDbContextAsync();
        return await db.Posts.AsNoTracking().Where(p => p.MonitorId == monitorId).OrderBy(p => p.Id).ToListAsync();
    }

    protected async Task<string?> CursorAsync(long monitorId)
    {
        await using var db = await Host.CreateDbContextAsync();
        return (await db.Monitors.AsNoTracking().SingleAsync(m => m.Id == monitorId)).Cursor;
    }
}
