using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;

namespace SentimentDashboard.Monitoring.Bluesky;

internal sealed partial class JetstreamFeed
{
    private const int MalformedLogged = 10;

    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(30);

    private readonly JetstreamFrameReader frameReader = new();
    private readonly List<(JetstreamSubscription Subscription, RawPost Post)> pending = [];
    private byte[] frame = new byte[64 * 1024];
    private long malformed;

    /// <summary>
    /// Reads frames until the server closes the connection. <paramref name="connection"/> ends the reading (to reconnect
    /// with other parameters); posts already taken from a frame are still written, until <paramref name="stop"/>.
    /// </summary>
    private async Task ReadAsync(Uri url, CancellationToken connection, CancellationToken stop)
    {
        using var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(20);
        socket.Options.KeepAliveTimeout = TimeSpan.FromSeconds(20);
        socket.Options.SetRequestHeader("User-Agent", "SentimentDashboard/1.0");
        using (var connecting = CancellationTokenSource.CreateLinkedTokenSource(connection))
        {
            connecting.CancelAfter(ConnectTimeout);
            try
            {
                await socket.ConnectAsync(url, connecting.Token);
            }
            catch (OperationCanceledException) when (!connection.IsCancellationRequested)
            {
                throw new TimeoutException($"no answer in {ConnectTimeout.TotalSeconds:0} s");
            }
        }

        Connected(url);
        while (true)
        {
            var (length, type) = await ReceiveAsync(socket, connection);
            if (type == WebSocketMessageType.Close)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, stop);
                return;
            }

            framesRead++;
            if (length < 0 || type != WebSocketMessageType.Text)
            {
                Malformed(url, length < 0 ? $"a frame over {settings.MaxFrameKilobytes} KB" : "a binary frame (compression is not asked for)");
                continue;
            }

            Dispatch(url, frame.AsSpan(0, length));
            foreach (var (subscription, post) in pending)
            {
                try
                {
                    await subscription.WriteAsync(post, stop);
                    metrics.Delivered(post.Event);
                }
                catch (ChannelClosedException e)
                {
                    subscription.End(e);
                }
            }

            pending.Clear();
        }
    }

    /// <summary>One whole message into <see cref="frame"/>; its length, or -1 when it was longer than the limit (the rest is read and dropped).</summary>
    private async Task<(int Length, WebSocketMessageType Type)> ReceiveAsync(ClientWebSocket socket, CancellationToken cancellation)
    {
        var length = 0;
        var tooLong = false;
        while (true)
        {
            if (length == frame.Length)
            {
                if (frame.Length >= settings.MaxFrameBytes)
                {
                    (tooLong, length) = (true, 0);
                }
                else
                {
                    Array.Resize(ref frame, Math.Min(frame.Length * 2, settings.MaxFrameBytes));
                }
            }

            var received = await socket.ReceiveAsync(frame.AsMemory(length), cancellation);
            length += received.Count;
            if (received.EndOfMessage || received.MessageType == WebSocketMessageType.Close)
            {
                return (tooLong ? -1 : length, received.MessageType);
            }
        }
    }

    /// <summary>Reads one event and asks each monitor what it takes from it; what they take is written after.</summary>
    private void Dispatch(Uri url, ReadOnlySpan<byte> json)
    {
        JetstreamEvent read;
        try
        {
            read = frameReader.Read(json);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            Malformed(url, e.Message);
            return;
        }

        position = Math.Max(position, read.TimeUs);
        metrics.Read(read.Kind);
        var now = time.GetUtcNow();
        foreach (var subscription in Volatile.Read(ref subscriptions))
        {
            if (subscription.TakeEngagement(read, now) is { } engagement)
            {
                pending.Add((subscription, engagement));
            }

            if (subscription.Take(read, now) is { } post)
            {
                pending.Add((subscription, post));
            }
        }
    }

    /// <summary>Counts a frame that could not be read; the first few are logged, then one in a thousand.</summary>
    private void Malformed(Uri url, string reason)
    {
        metrics.Malformed();
        if (++malformed <= MalformedLogged || malformed % 1000 == 0)
        {
            logger.MalformedFrame(url.Host, reason, malformed);
        }
    }
}
