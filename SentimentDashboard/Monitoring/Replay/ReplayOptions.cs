using System.ComponentModel.DataAnnotations;

namespace SentimentDashboard.Monitoring.Replay;

/// <summary>Configuration section "Replay" (<c>--replay-rate N</c> sets <see cref="Rate"/>).</summary>
public sealed class ReplayOptions
{
    public const string Section = "Replay";

    /// <summary>Posts per second of each replay; 0 = as fast as the pipeline takes them.</summary>
    [Range(0, 10_000_000)]
    public double Rate { get; set; }

    /// <summary>Mean seconds between the demo corpus's live posts, after its backfill (see <see cref="DemoTimeline"/>).</summary>
    [Range(0.001, 3600)]
    public double DemoIntervalSeconds { get; set; } = 3;

    /// <summary>Lines (CSV records) longer than this are skipped as malformed, so one bad line cannot exhaust memory.</summary>
    [Range(1024, 1 << 30)]
    public int MaxLineBytes { get; set; } = 32 << 20;

    /// <summary>Where replay files uploaded from the Monitors page are kept; empty = a "replays" folder beside the database.</summary>
    public string? UploadFolder { get; set; }

    /// <summary>Largest replay file the Monitors page accepts.</summary>
    [Range(1, 100_000)]
    public int MaxUploadMegabytes { get; set; } = 512;

    public long MaxUploadBytes => MaxUploadMegabytes * 1024L * 1024L;
}
