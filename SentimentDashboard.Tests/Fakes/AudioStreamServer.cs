using Microsoft.AspNetCore.Builder;

namespace SentimentDashboard.Tests.Fakes;

/// <summary>
/// A live audio server on Kestrel at 127.0.0.1 (free port), as an Icecast server or CDN looks to ffmpeg: continuous
/// streams at real-time pace (or faster), static files and HLS renditions, ICY headers; and the failures real ones
/// have: a path going offline (404) and back, the connection dropped after N bytes, a stream that stalls with the
/// connection left open. Paced streams are live: a connection joins at the current position, never at the start.
/// </summary>
public sealed partial class AudioStreamServer : IAsyncDisposable
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, AudioStreamRoute> routes = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource stopping = new();
    private readonly WebApplication app;
    private Uri baseAddress = null!;

    private AudioStreamServer(WebApplication app)
    {
        this.app = app;
        app.Run(ServeAsync);
    }

    public static async Task<AudioStreamServer> StartAsync()
    {
        var server = new AudioStreamServer(LocalWebServer.Create());
        server.baseAddress = await LocalWebServer.StartAsync(server.app);
        return server;
    }

    /// <summary>The absolute URL of <paramref name="path"/> (e.g. <c>/live.mp3</c>) on this server.</summary>
    public string Url(string path) => new Uri(baseAddress, path).AbsoluteUri;

    /// <summary>
    /// Serves <paramref name="clip"/> at <paramref name="path"/>: with <paramref name="speed"/> 0 as fast as the client
    /// reads (each connection from the start), otherwise as a live stream at that multiple of real time, starting with
    /// the first connection and ending with the clip (then 404), or never with <paramref name="loop"/>. Later connections
    /// join mid-stream, which only mp3 decodes (ogg and wav need their headers): use mp3 where clients reconnect.
    /// <paramref name="icyName"/> is sent as the <c>icy-name</c> header.
    /// </summary>
    public void Serve(string path, MediaClip clip, double speed = 0, bool loop = false, string? icyName = null) =>
        Add(path, new AudioStreamRoute(clip.Bytes, clip.ContentType, speed * clip.BytesPerSecond, loop, icyName));

    /// <summary>Serves an HLS rendition under <paramref name="folder"/>; returns the playlist's path (<c>folder/index.m3u8</c>).</summary>
    public string ServeHls(string folder, HlsClip hls)
    {
        foreach (var (name, bytes) in hls.Files)
        {
            var contentType = name.EndsWith(".m3u8", StringComparison.Ordinal) ? "application/vnd.apple.mpegurl" : "video/mp2t";
            Add($"{folder.TrimEnd('/')}/{name}", new AudioStreamRoute(bytes, contentType, 0, false, null));
        }

        return $"{folder.TrimEnd('/')}/{HlsClip.PlaylistName}";
    }

    /// <summary>Open connections end as at the end of a broadcast; new requests get 404 until <see cref="GoOnline"/>.</summary>
    public void GoOffline(string path) => Route(path).SetOnline(false);

    /// <summary>Serves the path again; a live stream starts over, as a new broadcast.</summary>
    public void GoOnline(string path) => Route(path).SetOnline(true);

    /// <summary>The first connection to reach stream position <paramref name="bytes"/> is cut there (a reset, not a clean end).</summary>
    public void DropAfter(string path, long bytes) => Route(path).DropAfter(bytes);

    /// <summary>From stream position <paramref name="bytes"/> on, every connection (new ones too) stays open and sends nothing.</summary>
    public void StallAfter(string path, long bytes) => Route(path).StallAfter(bytes);

    /// <summary>Stalls the path now (see <see cref="StallAfter"/>).</summary>
    public void Stall(string path) => StallAfter(path, 0);

    /// <summary>Lets a stalled path send again.</summary>
    public void Resume(string path) => Route(path).StallAfter(null);

    /// <summary>How many requests to <paramref name="path"/> were answered with its content.</summary>
    public int Connections(string path) => Route(path).Connections;

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await app.StopAsync();
        await app.DisposeAsync();
        stopping.Dispose();
    }

    private void Add(string path, AudioStreamRoute route)
    {
        lock (gate)
        {
            routes[Normalize(path)] = route;
        }
    }

    private AudioStreamRoute Route(string path)
    {
        lock (gate)
        {
            return routes.TryGetValue(Normalize(path), out var route) ? route : throw new KeyNotFoundException($"nothing is served at {path}");
        }
    }

    private AudioStreamRoute? Find(string path)
    {
        lock (gate)
        {
            return routes.GetValueOrDefault(path);
        }
    }

    private static string Normalize(string path) => path.StartsWith('/') ? path : "/" + path;
}
