using System.ComponentModel.DataAnnotations;

namespace SentimentDashboard.Monitoring.Rss;

/// <summary>Configuration section "Rss": how often feeds are read and how large one may be.</summary>
public sealed class RssOptions
{
    public const string Section = "Rss";

    /// <summary>Seconds between two reads of a feed (each feed on its own schedule); after a failure the wait doubles, up to an hour or this interval if longer.</summary>
    [Range(1, 86_400)]
    public int PollSeconds { get; set; } = 300;

    /// <summary>A feed larger than this (after decompression) is refused as an error, so a huge or hostile feed cannot exhaust memory.</summary>
    [Range(1, 1024)]
    public int MaxFeedMegabytes { get; set; } = 10;

    /// <summary>How long a feed's server may take to answer.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;

    internal int MaxFeedBytes => MaxFeedMegabytes * 1024 * 1024;

    internal TimeSpan PollInterval => TimeSpan.FromSeconds(PollSeconds);

    /// <summary>The wait after <paramref name="failures"/> failures in a row.</summary>
    internal TimeSpan RetryAfter(int failures)
    {
        var longest = Math.Max(PollSeconds, 3600);
        return TimeSpan.FromSeconds(Math.Min(PollSeconds * Math.Pow(2, Math.Clamp(failures, 1, 30) - 1), longest));
    }
}
