using System.ComponentModel.DataAnnotations;

namespace SentimentDashboard.Monitoring.Live;

/// <summary>How live monitors poll their streams (section "Live").</summary>
public sealed class LiveOptions
{
    public const string Section = "Live";

    /// <summary>Seconds between polls of a direct stream URL that is not live.</summary>
    [Range(0.05, 3600)]
    public double PollSeconds { get; set; } = 30;

    /// <summary>Minutes between polls of a platform page (TikTok, YouTube, Twitch): gently, to avoid bans.</summary>
    [Range(0.001, 1440)]
    public double PlatformPollMinutes { get; set; } = 3;

    /// <summary>Each wait is lengthened or shortened at random by up to this fraction, so polls do not fall into step.</summary>
    [Range(0, 0.9)]
    public double Jitter { get; set; } = 0.2;

    /// <summary>Captured segments waiting for the transcriber; when full, new segments are dropped and counted.</summary>
    [Range(1, 1000)]
    public int SegmentQueue { get; set; } = 4;

    /// <summary>The first wait before capturing again after a capture broke off; it doubles up to <see cref="MaxReconnectSeconds"/>.</summary>
    [Range(0.01, 600)]
    public double ReconnectSeconds { get; set; } = 2;

    [Range(0.01, 3600)]
    public double MaxReconnectSeconds { get; set; } = 60;
}
