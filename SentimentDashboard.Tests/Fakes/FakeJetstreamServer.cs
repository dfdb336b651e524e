using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SentimentDashboard.Tests.Fakes;

/// <summary>
/// A Jetstream instance on Kestrel at 127.0.0.1: <c>/subscribe</c> over a websocket, one JSON event per text frame,
/// honouring <c>wantedCollections</c>, <c>wantedDids</c> (identity and account events pass any collection filter, as in
/// Jetstream) and <c>cursor</c> (replay of every kept event from that <c>time_us</c> on, then the live stream). Events
/// get increasing <c>time_us</c> from the wall clock. <see cref="DropConnections"/> aborts every socket.
/// </summary>
public sealed class FakeJetstreamServer : IAsyncDisposable
{
    private readonly Lock gate = new();
    private readonly List<FakeJetstreamEvent> events = [];
    private readonly List<Subscriber> subscribers = [];
    private readonly List<string> requests = [];
    private readonly WebApplication app;
    private readonly ChangeSignal connected;
    private long lastTimeUs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1000;

    private FakeJetstreamServer(WebApplication app)
    {
        this.app = app;
        connected = new ChangeSignal(gate);
        app.UseWebSockets();
        app.Map("/subscribe", SubscribeAsync);
    }

    public Uri SubscribeUrl { get; private set; } = null!;

    /// <summary>The query string of every subscription, in order.</summary>
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

    public static async Task<FakeJetstreamServer> StartAsync()
    {
        var server = new FakeJetstreamServer(LocalWebServer.Create());
        server.SubscribeUrl = new UriBuilder(await LocalWebServer.StartAsync(server.app)) { Scheme = "ws", Path = "/subscribe" }.Uri;
        return server;
    }

    /// <summary>A new <c>time_us</c>, later than every one before.</summary>
    public long NextTimeUs()
    {
        lock (gate)
        {
            return Tick();
        }
    }

    /// <summary>Keeps the event (for cursors) and sends it to every subscriber that wants it.</summary>
    public FakeJetstreamEvent Publish(Func<long, FakeJetstreamEvent> create)
    {
        lock (gate)
        {
            var published = create(Tick());
            events.Add(published);
            foreach (var subscriber in subscribers.Where(s => s.Wants(published)))
            {
                subscriber.Frames.Writer.TryWrite(published.Json);
            }

            return published;
        }
    }

    /// <summary>Sends a frame as is to every subscriber, kept nowhere (so a cursor never replays it).</summary>
    public void SendRaw(string frame)
    {
        lock (gate)
        {
            subscribers.ForEach(s => s.Frames.Writer.TryWrite(frame));
        }
    }

    /// <summary>Aborts every connection, as a load balancer or a network change would.</summary>
    public void DropConnections()
    {
        lock (gate)
        {
            subscribers.ForEach(s => s.Socket.Abort());
            subscribers.Clear();
        }
    }

    /// <summary>Completes once <paramref name="count"/> subscriptions have been opened in all.</summary>
    public Task WaitForConnectionsAsync(int count) => connected.WaitUntilAsync(() => requests.Count >= count);

    public async ValueTask DisposeAsync()
    {
        DropConnections();
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private long Tick() => lastTimeUs = Math.Max(lastTimeUs + 1, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1000);

    private async Task SubscribeAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var query = context.Request.Query;
        var subscriber = new Subscriber(socket, [.. query["wantedCollections"].OfType<string>()], [.. query["wantedDids"].OfType<string>()]);
        lock (gate)
        {
            var cursor = long.TryParse(query["cursor"], out var from) ? from : long.MaxValue;
            foreach (var backlog in events.Where(e => e.TimeUs >= cursor && subscriber.Wants(e)))
            {
                subscriber.Frames.Writer.TryWrite(backlog.Json);
            }

            subscribers.Add(subscriber);
            requests.Add(context.Request.QueryString.Value ?? "");
            connected.Raise();
        }

        // Reading answers the client's pings and notices its close; sending runs beside it.
        var sending = SendAsync(subscriber, context.RequestAborted);
        try
        {
            var buffer = new byte[4096];
            while (socket.State == WebSocketState.Open)
            {
                var received = await socket.ReceiveAsync(buffer, context.RequestAborted);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    break;
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // Dropped or aborted.
        }
        finally
        {
            lock (gate)
            {
                subscribers.Remove(subscriber);
            }

            subscriber.Frames.Writer.TryComplete();
            await sending;
        }
    }

    private static async Task SendAsync(Subscriber subscriber, CancellationToken cancellation)
    {
        try
        {
            await foreach (var frame in subscriber.Frames.Reader.ReadAllAsync(cancellation))
            {
                await subscriber.Socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, endOfMessage: true, cancellation);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The connection went away.
        }
    }

    private sealed record Subscriber(WebSocket Socket, string[] Collections, string[] Dids)
    {
        public Channel<string> Frames { get; } = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

        public bool Wants(FakeJetstreamEvent e) =>
            (Dids.Length == 0 || Dids.Contains(e.Did)) && (e.Collection is null || Collections.Length == 0 || Collections.Contains(e.Collection));
    }
}
