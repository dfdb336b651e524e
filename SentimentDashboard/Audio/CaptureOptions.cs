using System.ComponentModel.DataAnnotations;

namespace SentimentDashboard.Audio;

/// <summary>Configuration section "Audio": the external tools, segment length and the limits of capture and probing.</summary>
public sealed class CaptureOptions
{
    public const string Section = "Audio";

    /// <summary>Length of each captured segment; the transcriber gets one segment at a time.</summary>
    [Range(1, 600)]
    public int SegmentSeconds { get; set; } = 15;

    /// <summary>
    /// Capture fails when no new audio arrives for this long. At least 2 s: ffmpeg reports its progress every half
    /// second.
    /// </summary>
    [Range(2, 3600)]
    public int StallTimeoutSeconds { get; set; } = 30;

    /// <summary>How long ffmpeg keeps trying to reconnect a dropped http(s) stream before it gives up.</summary>
    [Range(0, 600)]
    public int ReconnectDelayMaxSeconds { get; set; } = 10;

    /// <summary>How long one probe of a target (HTTP request, ffprobe or yt-dlp run) may take.</summary>
    [Range(1, 600)]
    public int ProbeTimeoutSeconds { get; set; } = 20;

    [Required(AllowEmptyStrings = false)]
    public string FfmpegPath { get; set; } = "ffmpeg";

    [Required(AllowEmptyStrings = false)]
    public string FfprobePath { get; set; } = "ffprobe";

    [Required(AllowEmptyStrings = false)]
    public string YtDlpPath { get; set; } = "yt-dlp";

    /// <summary>Where each capture makes its private folder of segment files; the system temp folder when unset.</summary>
    public string? TempDirectory { get; set; }
}
