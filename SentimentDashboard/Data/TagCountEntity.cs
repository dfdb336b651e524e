namespace SentimentDashboard.Data;

/// <summary>How many stored, undeleted posts carried a hashtag in one time bucket, per monitor, label and toxicity flags (table TagCounts).</summary>
public sealed class TagCountEntity
{
    public long Width { get; set; }

    public DateTimeOffset Bucket { get; set; }

    public required string Tag { get; set; }

    public long MonitorId { get; set; }

    /// <summary>negative, neutral, positive or unscored.</summary>
    public required string Sentiment { get; set; }

    public bool Hate { get; set; }

    public bool Offensive { get; set; }

    public long Posts { get; set; }
}
