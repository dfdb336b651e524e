using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using Microsoft.Extensions.Options;

namespace SentimentDashboard.Monitoring.Bluesky;

/// <summary>
/// One Jetstream connection shared by every Bluesky monitor: it runs while at least one monitor subscribes, asks only
/// for posts (<c>wantedCollections</c>; also likes and reposts when <see cref="BlueskyOptions.Engagement"/> is on),
/// and only for the authors followed when every monitor follows authors (<c>wantedDids</c>). A dropped connection is resumed from the last event read, a restart from the oldest committed
/// cursor, each a few seconds earlier (<see cref="BlueskyOptions.ResumeOverlapSeconds"/>) so nothing at the cut is
/// missed; after a failure the next instance is tried, with a growing delay. Reading is in JetstreamFeed.Reading.cs.
/// </summary>
internal sealed partial class JetstreamFeed(IOptions<BlueskyOptions> options, TimeProvider time, BlueskyMetrics metrics, ILogger<JetstreamFeed> logger)
{
    /// <summary>Jetstream's limit on <c>wantedDids</c>; beyond it the whole stream is read and filtered here.</summary>
    private const int MaxWantedDids = 10_000;

    private readonly Lock gate = new();
    private readonly BlueskyOptions settings = options.Value;
    private JetstreamSubscription[] subscriptions = [];
    private CancellationTokenSource? stopping;
    private Task loop = Task.CompletedTask;
    private CancellationTokenSource? connection;
    private string connectedDids = "";
    private string? connectedTo;
    private long rewindTo;
    private long position;
    private long framesRead;

    /// <summary>Feeds <paramref name="subscription"/> until cancelled or until its output closes (then it throws).</summary>
    public async Task RunAsync(JetstreamSubscription subscription, CancellationToken cancellation)
    {
        Join(subscription);
        try
        {
            await subscription.Ended.WaitAsync(cancellation);
        }
        finally
        {
            await LeaveAsync(subscription);
        }
    }

    private void Join(JetstreamSubscription subscription)
    {
        lock (gate)
        {
            subscriptions = [.. subscriptions, subscription];
            if (stopping is null)
            {
                // A loop that was just told to stop may still be ending: the new one starts after it, as they share the reading state.
                stopping = new CancellationTokenSource();
                var (token, previous) = (stopping.Token, loop);
                loop = Task.Run(
                    async () =>
                    {
                        await previous;
                        await LoopAsync(token);
                    },
                    CancellationToken.None);
                return;
            }

            if (subscription.StartCursor > 0 && subscription.StartCursor < position)
            {
                // It stopped earlier than the stream is now: read again from there (the others drop what they have).
                rewindTo = rewindTo == 0 ? subscription.StartCursor : Math.Min(rewindTo, subscription.StartCursor);
                connection?.Cancel();
            }
            else if (WantedDids() != connectedDids)
            {
                connection?.Cancel();
            }
            else if (connectedTo is not null)
            {
                subscription.Report(MonitorState.Running, Reading(connectedTo));
            }
        }
    }

    private async Task LeaveAsync(JetstreamSubscription subscription)
    {
        Task? ended = null;
        lock (gate)
        {
            subscriptions = [.. subscriptions.Where(s => s != subscription)];
            if (subscriptions.Length == 0 && stopping is not null)
            {
                stopping.Cancel();
                stopping.Dispose();
                stopping = null;
                ended = loop;
                (position, rewindTo, connectedTo) = (0, 0, null);
            }
            else if (WantedDids() != connectedDids)
            {
                connection?.Cancel();
            }
        }

        if (ended is not null)
        {
            await ended;
        }
    }

    /// <summary>Connects, reads until the connection ends, and starts again after a delay. Never throws.</summary>
    private async Task LoopAsync(CancellationToken stop)
    {
        var endpoints = settings.Endpoints();
        var endpoint = 0;
        var failures = 0;
        while (!stop.IsCancellationRequested)
        {
            using var current = CancellationTokenSource.CreateLinkedTokenSource(stop);
            var url = Connect(endpoints[endpoint], current);
            string reason;
            try
            {
                await ReadAsync(url, current.Token, stop);
                reason = "the server closed the stream";
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (OperationCanceledException) when (current.IsCancellationRequested)
            {
                // The monitors changed: connect again at once with their parameters.
                continue;
            }
            catch (Exception e)
            {
                reason = (e.InnerException ?? e).Message;
                if (e is not (WebSocketException or IOException or HttpRequestException or OperationCanceledException))
                {
                    logger.UnexpectedFailure(e, url.Host);
                }
            }

            failures = framesRead > 0 ? 1 : failures + 1;
            if (framesRead == 0)
            {
                endpoint = (endpoint + 1) % endpoints.Count;
            }

            lock (gate)
            {
                connectedTo = null;
            }

            var wait = Backoff.After(failures);
            metrics.Failed();
            logger.Disconnected(url.Host, reason, wait.TotalSeconds);
            ReportAll(MonitorState.Offline, string.Create(CultureInfo.InvariantCulture, $"{url.Host}: {reason}; reconnecting in {wait.TotalSeconds:0.#} s"));
            try
            {
                await Task.Delay(wait, time, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>The subscribe URL for the monitors as they are now; <paramref name="current"/> is cancelled when they change.</summary>
    private Uri Connect(Uri endpoint, CancellationTokenSource current)
    {
        lock (gate)
        {
            connection = current;
            framesRead = 0;
            connectedDids = WantedDids();
            var from = position > 0 ? position : subscriptions.Select(s => s.StartCursor).Where(c => c > 0).DefaultIfEmpty(0).Min();
            if (rewindTo > 0)
            {
                from = from > 0 ? Math.Min(from, rewindTo) : rewindTo;
                rewindTo = 0;
            }

            var query = new StringBuilder("wantedCollections=").Append(JetstreamEvent.PostCollection);
            if (settings.Engagement)
            {
                query.Append("&wantedCollections=").Append(JetstreamEvent.LikeCollection)
                    .Append("&wantedCollections=").Append(JetstreamEvent.RepostCollection);
            }

            query.Append(CultureInfo.InvariantCulture, $"&maxMessageSizeBytes={settings.MaxFrameBytes}");
            foreach (var did in connectedDids.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                query.Append("&wantedDids=").Append(Uri.EscapeDataString(did));
            }

            if (from > 0)
            {
                query.Append(CultureInfo.InvariantCulture, $"&cursor={Math.Max(1, from - settings.ResumeOverlapSeconds * 1_000_000L)}");
            }

            return new UriBuilder(endpoint) { Query = query.ToString() }.Uri;
        }
    }

    /// <summary>
    /// The authors to ask for, space-separated: none (everything) when a monitor watches words of anyone, or when
    /// engagement is counted (the likes of an author's posts are by anyone).
    /// </summary>
    private string WantedDids()
    {
        var dids = subscriptions.SelectMany(s => s.Filter.Query.Dids).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return settings.Engagement || subscriptions.Any(s => s.Filter.Query.Dids.Count == 0) || dids.Count > MaxWantedDids ? "" : string.Join(' ', dids);
    }

    private void Connected(Uri url)
    {
        lock (gate)
        {
            connectedTo = url.Host;
        }

        logger.Connected(url);
        ReportAll(MonitorState.Running, Reading(url.Host));
    }

    private void ReportAll(MonitorState state, string message)
    {
        foreach (var subscription in Volatile.Read(ref subscriptions))
        {
            subscription.Report(state, message);
        }
    }

    private static string Reading(string host) => $"reading {host}";
}
