using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace SentimentDashboard.Transcription.Whisper;

/// <summary>
/// Downloads <c>ggml-NAME.bin</c> from a whisper.cpp model host into a folder: into a <c>.part</c> file first, resumed
/// with an HTTP Range request after a dropped connection (from scratch when the server ignores the range), checked
/// against an optional SHA-256, and renamed into place only when complete.
/// </summary>
public sealed partial class WhisperModelDownloader(HttpClient http, Uri? baseAddress = null, int attempts = 3)
{
    public static Uri DefaultBaseAddress { get; } = new("https://huggingface.co/ggerganov/whisper.cpp/resolve/main/");

    private readonly Uri _base = new(((baseAddress ?? DefaultBaseAddress).AbsoluteUri.TrimEnd('/')) + "/");

    public async Task<DownloadedModel> DownloadAsync(
        string name, string directory, string? sha256, IProgress<(long Received, long? Total)>? progress, CancellationToken cancellation)
    {
        if (!ModelName().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a model name such as base.en or small-q5_1");
        }

        if (sha256 is not null && !Sha256Hex().IsMatch(sha256))
        {
            throw new ArgumentException($"'{sha256}' is not a SHA-256 (64 hexadecimal digits)");
        }

        var fileName = $"ggml-{name}.bin";
        var target = Path.GetFullPath(Path.Combine(directory, fileName));
        if (File.Exists(target) && (sha256 is null || await HashAsync(target, cancellation) == sha256.ToLowerInvariant()))
        {
            return new DownloadedModel(target, new FileInfo(target).Length, Downloaded: false);
        }

        Directory.CreateDirectory(directory);
        var part = target + ".part";
        var url = new Uri(_base, fileName);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await FetchAsync(url, part, progress, cancellation);
                break;
            }
            catch (Exception e) when (IsTransient(e) && !cancellation.IsCancellationRequested)
            {
                if (attempt >= attempts)
                {
                    throw new TranscriptionException($"downloading {url} failed ({e.Message}); run again to resume", e);
                }
            }
        }

        if (sha256 is not null && await HashAsync(part, cancellation) is var actual && actual != sha256.ToLowerInvariant())
        {
            File.Delete(part);
            throw new TranscriptionException($"{fileName} has SHA-256 {actual}, expected {sha256.ToLowerInvariant()}: the download was deleted");
        }

        File.Move(part, target, overwrite: true);
        return new DownloadedModel(target, new FileInfo(target).Length, Downloaded: true);
    }

    private static bool IsTransient(Exception e) => e is IOException or HttpRequestException or TaskCanceledException;

    private async Task FetchAsync(Uri url, string part, IProgress<(long Received, long? Total)>? progress, CancellationToken cancellation)
    {
        var received = File.Exists(part) ? new FileInfo(part).Length : 0;
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (received > 0)
        {
            request.Headers.Range = new RangeHeaderValue(received, null);
        }

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellation);
        var range = response.Content.Headers.ContentRange;
        long? total;
        switch (response.StatusCode)
        {
            case HttpStatusCode.PartialContent when received > 0 && range?.From == received:
                total = range.Length;
                break;
            case HttpStatusCode.OK:
                received = 0;
                total = response.Content.Headers.ContentLength;
                break;
            case HttpStatusCode.PartialContent or HttpStatusCode.RequestedRangeNotSatisfiable:
                // The partial file does not fit the one on the server (changed or already overshot): start again.
                File.Delete(part);
                throw new IOException($"the server could not resume at byte {received}");
            default:
                throw new TranscriptionException($"cannot download {url}: HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellation);
        await using var file = new FileStream(part, received > 0 ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        var buffer = new byte[1 << 16];
        progress?.Report((received, total));
        int count;
        while ((count = await body.ReadAsync(buffer, cancellation)) > 0)
        {
            await file.WriteAsync(buffer.AsMemory(0, count), cancellation);
            received += count;
            progress?.Report((received, total));
        }

        if (total is { } expected && received != expected)
        {
            throw new IOException($"the connection closed after {received} of {expected} bytes");
        }
    }

    private static async Task<string> HashAsync(string path, CancellationToken cancellation)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellation));
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex ModelName();

    [GeneratedRegex("^[0-9A-Fa-f]{64}$")]
    private static partial Regex Sha256Hex();
}
