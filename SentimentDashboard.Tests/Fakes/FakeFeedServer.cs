using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SentimentDashboard.Tests.Fakes;

/// <summary>
/// A web server on Kestrel at 127.0.0.1 serving feeds as news sites do: each document with an <c>ETag</c> (its hash)
/// and a <c>Last-Modified</c> (when it last changed), answering 304 to a request whose validators still hold. A path
/// can be set to fail with a status, or to stream megabytes without a length.
/// </summary>
public sealed class FakeFeedServer : IAsyncDisposable
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Document> documents = [];
    private readonly List<(string Path, int Status)> requests = [];
    private readonly WebApplication app;
    private DateTimeOffset clock = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);
    private readonly ChangeSignal requested;

    private FakeFeedServer(WebApplication app)
    {
        this.app = app;
        requested = new ChangeSignal(gate);
        app.Run(ServeAsync);
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Every request as its path and the status it was answered with.</summary>
    public IReadOnlyList<(string Path, int Status)> Requests
    {
        get
        {
            lock (gate)
            {
                return [.. requests];
            }
        }
    }

    public static async Task<FakeFeedServer> StartAsync()
    {
        var server = new FakeFeedServer(LocalWebServer.Create());
        server.BaseAddress = await LocalWebServer.StartAsync(server.app);
        return server;
    }

    /// <summary>Serves <paramref name="content"/> at <paramref name="path"/>; a change gets a new ETag and Last-Modified.</summary>
    public Uri Serve(string path, string content, string contentType = "application/rss+xml; charset=utf-8")
    {
        lock (gate)
        {
            clock = clock.AddMinutes(1);
            var bytes = Encoding.UTF8.GetBytes(content);
            documents[path] = new Document(bytes, contentType, $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}\"", clock, 200, 0);
            return new Uri(BaseAddress, path);
        }
    }

    /// <summary>Answers <paramref name="status"/> at <paramref name="path"/> until it is served again.</summary>
    public Uri Fail(string path, int status)
    {
        lock (gate)
        {
            documents[path] = new Document([], "text/plain", null, clock, status, 0);
            return new Uri(BaseAddress, path);
        }
    }

    /// <summary>Streams <paramref name="megabytes"/> MB of an endless feed without a Content-Length.</summary>
    public Uri ServeHuge(string path, int megabytes)
    {
        lock (gate)
        {
            documents[path] = new Document([], "application/rss+xml", null, clock, 200, megabytes);
            return new Uri(BaseAddress, path);
        }
    }

    /// <summary>Completes once <paramref name="path"/> has been answered <paramref name="status"/> <paramref name="count"/> times.</summary>
    public Task WaitForAsync(Uri url, int status, int count = 1) =>
        requested.WaitUntilAsync(() => requests.Count(r => r.Path == url.AbsolutePath && r.Status == status) >= count);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task ServeAsync(HttpContext context)
    {
        Document? document;
        lock (gate)
        {
            documents.TryGetValue(context.Request.Path.Value ?? "", out document);
        }

        var status = document is null ? 404
            : document.Status != 200 ? document.Status
            : document.ETag is not null && IsFresh(context.Request, document) ? 304
            : 200;
        lock (gate)
        {
            requests.Add((context.Request.Path.Value ?? "", status));
            requested.Raise();
        }

        context.Response.StatusCode = status;
        if (status is not (200 or 304) || document is null)
        {
            return;
        }

        if (document.ETag is not null)
        {
            context.Response.Headers.ETag = document.ETag;
            context.Response.Headers.LastModified = document.Modified.ToString("R");
        }

        if (status == 200)
        {
            context.Response.ContentType = document.ContentType;
            await (document.HugeMegabytes > 0 ? StreamHugeAsync(context, document.HugeMegabytes) : context.Response.Body.WriteAsync(document.Content).AsTask());
        }
    }

    private static bool IsFresh(HttpRequest request, Document document)
    {
        var headers = request.GetTypedHeaders();
        if (headers.IfNoneMatch.Count > 0)
        {
            return headers.IfNoneMatch.Any(tag => tag.Tag.Value == document.ETag);
        }

        return headers.IfModifiedSince is { } since && document.Modified <= since;
    }

    private static async Task StreamHugeAsync(HttpContext context, int megabytes)
    {
        await context.Response.Body.WriteAsync("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>huge</title>"u8.ToArray());
        var item = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<item><title>filler</title><description>" + new string('x', 1000) + "</description></item>", 64)));
        for (long sent = 0; sent < megabytes * 1024L * 1024L; sent += item.Length)
        {
            try
            {
                await context.Response.Body.WriteAsync(item, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private sealed record Document(byte[] Content, string ContentType, string? ETag, DateTimeOffset Modified, int Status, int HugeMegabytes);
}
