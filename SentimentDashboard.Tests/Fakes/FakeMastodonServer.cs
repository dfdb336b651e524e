using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SentimentDashboard.Tests.Fakes;

/// <summary>
/// A Mastodon instance on Kestrel at 127.0.0.1 that speaks the documented API monitoring uses: hashtag, public and
/// account timelines with <c>min_id</c>/<c>max_id</c>/<c>since_id</c>/<c>limit</c> paging and <c>Link</c> headers,
/// <c>X-RateLimit-*</c> headers, account lookup, <c>/api/v2/instance</c> and server-sent event streams; plus the
/// failures a real one has (scripted with <see cref="FailNext"/>, <see cref="RequireToken"/>, <see cref="GoSilent"/>).
/// </summary>
public sealed partial class FakeMastodonServer : IAsyncDisposable
{
    public const string AccessToken = "fake-access-token";

    private const int RateLimit = 300;

    private readonly Lock gate = new();
    private readonly List<FakeStatus> statuses = [];
    private readonly Queue<FakeFailure> failures = new();
    private readonly List<string> requests = [];
    private readonly List<FakeStreamClient> streams = [];
    private readonly WebApplication app;
    private TaskCompletionSource streamOpened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private (int Remaining, TimeSpan ResetIn)? nextRateLimit;
    private long lastId = 110_000_000_000_000_000;
    private int streamConnections;

    private FakeMastodonServer(WebApplication app)
    {
        this.app = app;
        app.Use(ApiMiddlewareAsync);
        app.MapGet("/api/v1/timelines/tag/{tag}", c => TimelineAsync(c, s => s.Reblog is null && HasTag(s, (string)c.Request.RouteValues["tag"]!)));
        app.MapGet("/api/v1/timelines/public", c => TimelineAsync(c, s => s.Reblog is null && (c.Request.Query["local"] != "true" || s.Local)));
        app.MapGet("/api/v1/accounts/{id}/statuses", c => TimelineAsync(c, s => s.Account.Id == (string)c.Request.RouteValues["id"]!));
        app.MapGet("/api/v1/accounts/lookup", LookupAsync);
        app.MapGet("/api/v2/instance", InstanceAsync);
        app.MapGet("/api/v1/streaming/hashtag", c => StreamAsync(c, s => s.Reblog is null && HasTag(s, c.Request.Query["tag"].ToString())));
        app.MapGet("/api/v1/streaming/public", c => StreamAsync(c, s => s.Reblog is null));
        app.MapGet("/api/v1/streaming/public/local", c => StreamAsync(c, s => s.Reblog is null && s.Local));
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Timelines answer 401 without the access token, as on an instance that disabled public preview.</summary>
    public bool RequireToken { get; set; }

    /// <summary>What <c>/api/v2/instance</c> says of its timelines: <c>public</c>, <c>authenticated</c> or <c>disabled</c>.</summary>
    public string TimelinesAccess { get; set; } = "public";

    public int RetryAfterSeconds { get; set; } = 7;

    /// <summary>Every request received, as path and query.</summary>
    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (gate)
            {
                return [.. requests];
            }
        }
    }

    public static async Task<FakeMastodonServer> StartAsync()
    {
        var server = new FakeMastodonServer(LocalWebServer.Create());
        server.BaseAddress = await LocalWebServer.StartAsync(server.app);
        return server;
    }

    /// <summary>Publishes a status (default: by alice, tagged #news, local) and streams it as an <c>update</c>.</summary>
    public FakeStatus Post(string html = "<p>Hello <a href=\"https://example.org/tags/news\" class=\"mention hashtag\" rel=\"tag\">#<span>news</span></a></p>", Func<FakeStatus, FakeStatus>? configure = null)
    {
        lock (gate)
        {
            lastId++;
            var status = new FakeStatus { Id = lastId.ToString(), Html = html, CreatedAt = DateTimeOffset.UtcNow };
            status = configure?.Invoke(status) ?? status;
            statuses.Add(status);
            Broadcast(status, "update", status.ToJson(BaseAddress).ToJsonString());
            return status;
        }
    }

    public IReadOnlyList<FakeStatus> PostMany(int count) => [.. Enumerable.Range(1, count).Select(i => Post($"<p>Post number {i} of a burst</p>"))];

    /// <summary>Replaces a status's content and streams a <c>status.update</c>.</summary>
    public FakeStatus Edit(FakeStatus status, string html)
    {
        lock (gate)
        {
            var edited = status with { Html = html };
            statuses[statuses.FindIndex(s => s.Id == status.Id)] = edited;
            Broadcast(edited, "status.update", edited.ToJson(BaseAddress).ToJsonString());
            return edited;
        }
    }

    /// <summary>Removes a status and streams a <c>delete</c>.</summary>
    public void Delete(FakeStatus status)
    {
        lock (gate)
        {
            statuses.RemoveAll(s => s.Id == status.Id);
            Broadcast(status, "delete", status.Id);
        }
    }

    /// <summary>Sends Mastodon's heartbeat comment on every open stream.</summary>
    public void SendHeartbeat()
    {
        lock (gate)
        {
            streams.ForEach(s => s.Send(":thump\n"));
        }
    }

    /// <summary>Open streams stay open but send nothing more; new connections work again.</summary>
    public void GoSilent()
    {
        lock (gate)
        {
            streams.ForEach(s => s.Muted = true);
        }
    }

    /// <summary>Ends every open stream, as a proxy restart or a network change would.</summary>
    public void DropStreams()
    {
        lock (gate)
        {
            streams.ForEach(s => s.Close());
            streams.Clear();
        }
    }

    /// <summary>The next timeline requests fail, one failure each, in this order.</summary>
    public void FailNext(params FakeFailure[] next)
    {
        lock (gate)
        {
            Array.ForEach(next, failures.Enqueue);
        }
    }

    /// <summary>The next timeline response reports this rate-limit budget.</summary>
    public void LimitNextResponse(int remaining, TimeSpan resetIn)
    {
        lock (gate)
        {
            nextRateLimit = (remaining, resetIn);
        }
    }

    /// <summary>Completes once <paramref name="count"/> stream connections have been opened in all.</summary>
    public async Task WaitForStreamConnectionsAsync(int count)
    {
        while (true)
        {
            Task opened;
            lock (gate)
            {
                if (streamConnections >= count)
                {
                    return;
                }

                opened = streamOpened.Task;
            }

            await opened;
        }
    }

    public async ValueTask DisposeAsync()
    {
        lock (gate)
        {
            streams.ForEach(s => s.Close());
        }

        await app.StopAsync();
        await app.DisposeAsync();
    }
}
