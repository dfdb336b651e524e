using System.Net;
using Microsoft.Extensions.Options;

namespace SentimentDashboard.Audio;

/// <summary>
/// Probes a live monitor's target. Platform pages go to yt-dlp; an http(s) URL is first requested (refused, unknown or
/// 404 is offline; an audio content type is live, titled by its ICY headers), and anything else (HLS playlists, rtmp,
/// other schemes, local files) is asked of ffprobe. Remote problems become a probe result, never an exception.
/// </summary>
public sealed partial class StreamResolver(IOptions<CaptureOptions> options, HttpClient http, ILogger<StreamResolver> logger) : IStreamResolver
{
    public async Task<StreamProbe> ProbeAsync(string target, CancellationToken cancellation)
    {
        target = target.Trim();
        var probe = Uri.TryCreate(target, UriKind.Absolute, out var uri) && PlatformPages.Domain(uri) is { } domain
            ? await YtDlpProbe.ProbeAsync(options.Value, uri, domain, cancellation) with { IsPlatformPage = true }
            : MediaInput.IsHttp(target)
                ? await ProbeHttpAsync(uri!, cancellation)
                : await FfprobeProbe.ProbeAsync(options.Value, target, cancellation);
        LogProbed(logger, target, probe.Availability, probe.Message);
        return probe;
    }

    private async Task<StreamProbe> ProbeHttpAsync(Uri uri, CancellationToken cancellation)
    {
        var timeout = TimeSpan.FromSeconds(options.Value.ProbeTimeoutSeconds);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        deadline.CancelAfter(timeout);
        HttpResponseMessage response;
        try
        {
            response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
        }
        catch (HttpRequestException e)
        {
            return new StreamProbe(StreamAvailability.Offline, Message: $"cannot connect: {e.Message}");
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return new StreamProbe(StreamAvailability.Offline, Message: FfprobeProbe.NoAnswer(timeout));
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                return new StreamProbe(StreamAvailability.Error, Message: $"access denied (HTTP {status})");
            }

            if (!response.IsSuccessStatusCode)
            {
                return new StreamProbe(StreamAvailability.Offline, Message: $"HTTP {status} {response.ReasonPhrase}");
            }

            var icyTitle = Header(response, "icy-name") ?? Header(response, "icy-description");
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (IsAudio(mediaType))
            {
                // A live stream has no end; a length means a recording, which would be captured again at every poll.
                return response.Content.Headers.ContentLength is not null
                    ? new StreamProbe(StreamAvailability.OnlineNotLive, Title: icyTitle, Message: "a recording of fixed length, not a live stream")
                    : new StreamProbe(StreamAvailability.Live, uri.AbsoluteUri, icyTitle) { InputFormat = MediaInput.FormatOf(mediaType) };
            }

            if (IsPlaylist(mediaType, uri) && await IsFinishedPlaylistAsync(uri, response, deadline.Token))
            {
                return new StreamProbe(StreamAvailability.OnlineNotLive, Title: icyTitle, Message: "a finished HLS recording (#EXT-X-ENDLIST), not a live stream");
            }

            var probe = await FfprobeProbe.ProbeAsync(options.Value, uri.AbsoluteUri, cancellation);
            return icyTitle is null ? probe : probe with { Title = icyTitle };
        }
    }

    private static bool IsPlaylist(string? mediaType, Uri uri) =>
        mediaType?.Contains("mpegurl", StringComparison.OrdinalIgnoreCase) == true
        || uri.AbsolutePath.EndsWith(".m3u8", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A media playlist that ends with #EXT-X-ENDLIST will get no more segments. A master playlist only lists
    /// variants: its first variant's media playlist decides (variants of one broadcast end together).
    /// </summary>
    private async Task<bool> IsFinishedPlaylistAsync(Uri uri, HttpResponseMessage response, CancellationToken cancellation)
    {
        var playlist = await ReadPlaylistAsync(response, cancellation);
        if (FirstVariant(playlist) is not { } variant || !Uri.TryCreate(uri, variant, out var variantUri) || variantUri.Scheme is not ("http" or "https"))
        {
            return HasEnded(playlist);
        }

        try
        {
            using var media = await http.GetAsync(variantUri, HttpCompletionOption.ResponseHeadersRead, cancellation);
            return media.IsSuccessStatusCode && HasEnded(await ReadPlaylistAsync(media, cancellation));
        }
        catch (HttpRequestException)
        {
            return false; // ffprobe has the last word
        }
    }

    private static bool HasEnded(string mediaPlaylist) => mediaPlaylist.Contains("#EXT-X-ENDLIST", StringComparison.Ordinal);

    /// <summary>The text of a playlist, at most its first 1 MB.</summary>
    private static async Task<string> ReadPlaylistAsync(HttpResponseMessage response, CancellationToken cancellation)
    {
        const int Limit = 1 << 20;
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellation));
        var playlist = new System.Text.StringBuilder();
        var buffer = new char[8192];
        int read;
        while (playlist.Length < Limit && (read = await reader.ReadAsync(buffer, cancellation)) > 0)
        {
            playlist.Append(buffer, 0, read);
        }

        return playlist.ToString();
    }

    /// <summary>The URI line after a master playlist's first #EXT-X-STREAM-INF, or null for a media playlist.</summary>
    private static string? FirstVariant(string playlist)
    {
        var afterStreamInfo = false;
        foreach (var raw in playlist.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("#EXT-X-STREAM-INF", StringComparison.Ordinal))
            {
                afterStreamInfo = true;
            }
            else if (afterStreamInfo && line.Length > 0 && !line.StartsWith('#'))
            {
                return line;
            }
        }

        return null;
    }

    private static bool IsAudio(string? mediaType) =>
        mediaType is not null && (mediaType.StartsWith("audio/", StringComparison.OrdinalIgnoreCase) || mediaType.Equals("application/ogg", StringComparison.OrdinalIgnoreCase))
        && !mediaType.Contains("mpegurl", StringComparison.OrdinalIgnoreCase);

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) : null;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Probed {Target}: {Availability} {Message}")]
    private static partial void LogProbed(ILogger logger, string target, StreamAvailability availability, string? message);
}
