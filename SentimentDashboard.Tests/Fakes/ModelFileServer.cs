using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SentimentDashboard.Tests.Fakes;

/// <summary>
/// A whisper.cpp model host on 127.0.0.1 speaking the HTTP/1.1 a download needs: GET of files under <c>/models/</c>
/// with <c>Range: bytes=N-</c> (206, or 416 past the end), 404 for unknown files, and scripted failures: a response
/// cut off after some bytes (<see cref="CutNextAfter"/>) and a server that ignores Range (<see cref="IgnoreRange"/>).
/// Raw sockets rather than Kestrel, so that a cut-off response ends exactly after the bytes sent.
/// </summary>
public sealed class ModelFileServer : IAsyncDisposable
{
    private const string Prefix = "/models/";

    private readonly Lock gate = new();
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly Dictionary<string, byte[]> files = new(StringComparer.Ordinal);
    private readonly List<ModelFileRequest> requests = [];
    private readonly Queue<int> cuts = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly Task serving;

    public ModelFileServer()
    {
        listener.Start();
        BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}{Prefix}");
        serving = ServeAsync();
    }

    public Uri BaseAddress { get; }

    /// <summary>Answer every request with the whole file (200), as a server without range support does.</summary>
    public bool IgnoreRange { get; set; }

    public IReadOnlyList<ModelFileRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return [.. requests];
            }
        }
    }

    public void Add(string name, byte[] content)
    {
        lock (gate)
        {
            files[name] = content;
        }
    }

    /// <summary>The next response announces its full length but closes the connection after <paramref name="bytes"/> bytes of body.</summary>
    public void CutNextAfter(int bytes)
    {
        lock (gate)
        {
            cuts.Enqueue(bytes);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        await serving;
        stopping.Dispose();
    }

    // One connection at a time, each closed after its response: downloads are sequential.
    private async Task ServeAsync()
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            using (client)
            {
                try
                {
                    await RespondAsync(client.GetStream());
                }
                catch (IOException)
                {
                    // The client went away mid-response; serve the next one.
                }
            }
        }
    }

    private async Task RespondAsync(NetworkStream stream)
    {
        var head = await ReadHeadAsync(stream);
        var lines = head.Split("\r\n");
        var path = lines[0].Split(' ')[1];
        var range = lines.Skip(1).Select(l => l.Split(':', 2)).Where(p => p.Length == 2 && p[0].Equals("Range", StringComparison.OrdinalIgnoreCase))
            .Select(p => p[1].Trim()).FirstOrDefault();
        byte[]? content;
        int? cut;
        lock (gate)
        {
            requests.Add(new ModelFileRequest(path, range));
            cut = cuts.Count > 0 ? cuts.Dequeue() : null;
            content = path.StartsWith(Prefix, StringComparison.Ordinal) ? files.GetValueOrDefault(path[Prefix.Length..]) : null;
        }

        if (content is null)
        {
            await WriteHeadAsync(stream, "404 Not Found", 0);
            return;
        }

        var from = !IgnoreRange && range is not null && range.StartsWith("bytes=", StringComparison.Ordinal) && range.EndsWith('-')
            ? int.Parse(range[6..^1], CultureInfo.InvariantCulture)
            : (int?)null;
        if (from >= content.Length)
        {
            await WriteHeadAsync(stream, "416 Range Not Satisfiable", 0, $"Content-Range: bytes */{content.Length}");
            return;
        }

        var start = from ?? 0;
        await (from is null
            ? WriteHeadAsync(stream, "200 OK", content.Length)
            : WriteHeadAsync(stream, "206 Partial Content", content.Length - start, $"Content-Range: bytes {start}-{content.Length - 1}/{content.Length}"));
        await stream.WriteAsync(content.AsMemory(start, Math.Min(cut ?? int.MaxValue, content.Length - start)));
    }

    private static async Task<string> ReadHeadAsync(NetworkStream stream)
    {
        var head = new List<byte>();
        var buffer = new byte[1];
        while (!head.TakeLast(4).SequenceEqual("\r\n\r\n"u8.ToArray()) && await stream.ReadAsync(buffer) == 1)
        {
            head.Add(buffer[0]);
        }

        return Encoding.ASCII.GetString([.. head]);
    }

    private static Task WriteHeadAsync(NetworkStream stream, string status, long length, string? extra = null)
    {
        var head = $"HTTP/1.1 {status}\r\nContent-Type: application/octet-stream\r\nContent-Length: {length}\r\nConnection: close\r\n"
            + (extra is null ? "" : extra + "\r\n") + "\r\n";
        return stream.WriteAsync(Encoding.ASCII.GetBytes(head)).AsTask();
    }
}
