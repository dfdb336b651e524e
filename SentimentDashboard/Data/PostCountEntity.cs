namespace SentimentDashboard.Data;

/// <summary>
/// How many stored, undeleted posts (and how many characters of text) fell into one time bucket of one monitor with
/// one label, toxicity flags and language (table PostCounts): the overview's rollups, kept by <see cref="Rollups.RollupSql"/>.
/// Buckets are <see cref="Width"/> milliseconds wide (a minute or an hour).
/// </summary>
public sealed class PostCountEntity
{
    public long Width { get; set; }

    public DateTimeOffset Bucket { get; set; }

    public long MonitorId { get; set; }

    /// <summary>negative, neutral, positive or unscored.</summary>
    public required string Sentiment { get; set; }

    public bool Hate { get; set; }

    public bool Offensive { get; set; }

    /// <summary>The language code; empty when unknown.</summary>
    public required string Language { get; set; }

    public long Posts { get; set; }

    /// <summary>Characters of text, as SQLite's <c>LENGTH</c> counts them, for the average length.</summary>
    public long TextLength { get; set; }
}
