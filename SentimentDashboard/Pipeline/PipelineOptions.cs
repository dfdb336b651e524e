using System.ComponentModel.DataAnnotations;

namespace SentimentDashboard.Pipeline;

/// <summary>Configuration section "Pipeline": queue sizes, store batching and the live feed's memory.</summary>
public sealed class PipelineOptions
{
    public const string Section = "Pipeline";

    /// <summary>Posts waiting for classification; sources wait when it is full.</summary>
    [Range(16, 1_000_000)]
    public int RawCapacity { get; set; } = 4096;

    /// <summary>Classified posts waiting for the store; classification waits when it is full.</summary>
    [Range(16, 1_000_000)]
    public int ScoredCapacity { get; set; } = 4096;

    /// <summary>Most rows written in one transaction.</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>Longest a post waits for its batch to fill before the batch is written anyway.</summary>
    [Range(1, 60_000)]
    public int BatchDelayMilliseconds { get; set; } = 200;

    /// <summary>How many of the newest posts <see cref="LiveHub.Recent"/> keeps for a newly opened page.</summary>
    [Range(1, 100_000)]
    public int RecentPosts { get; set; } = 200;
}
