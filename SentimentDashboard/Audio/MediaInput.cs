using System.Globalization;

namespace SentimentDashboard.Audio;

/// <summary>The ffmpeg/ffprobe input options a media URL needs: reconnects for http(s), a read timeout for any network input.</summary>
public static class MediaInput
{
    public static bool IsHttp(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>Anything with a scheme other than file: (http, https, rtmp, rtsp, srt, udp…); a plain path is local.</summary>
    public static bool IsNetwork(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) && !uri.IsFile;

    /// <summary>The options to put before <c>-i url</c>.</summary>
    public static IEnumerable<string> Options(string url, TimeSpan readTimeout, TimeSpan reconnectDelayMax)
    {
        if (IsHttp(url))
        {
            yield return "-reconnect";
            yield return "1";
            yield return "-reconnect_streamed";
            yield return "1";
            yield return "-reconnect_on_network_error";
            yield return "1";
            yield return "-reconnect_delay_max";
            yield return Seconds(reconnectDelayMax);
        }

        if (IsNetwork(url))
        {
            yield return "-rw_timeout";
            yield return ((long)readTimeout.TotalMicroseconds).ToString(CultureInfo.InvariantCulture);
        }
    }

    private static string Seconds(TimeSpan span) => ((long)span.TotalSeconds).ToString(CultureInfo.InvariantCulture);

    /// <summary>ffmpeg's demuxer for a raw audio stream's content type (audio/mpeg → mp3), or null to let ffmpeg detect it.</summary>
    public static string? FormatOf(string? mediaType) => mediaType?.ToLowerInvariant() switch
    {
        "audio/mpeg" or "audio/mp3" or "audio/mpeg3" => "mp3",
        "audio/aac" or "audio/aacp" or "audio/x-aac" => "aac",
        "audio/ogg" or "application/ogg" => "ogg",
        "audio/flac" or "audio/x-flac" => "flac",
        "audio/wav" or "audio/x-wav" or "audio/wave" => "wav",
        _ => null,
    };
}
