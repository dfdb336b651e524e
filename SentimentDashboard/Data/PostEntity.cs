using SentimentDashboard.Monitoring;

namespace SentimentDashboard.Data;

/// <summary>
/// A stored post (table Posts). Unscored posts (a language the models do not know) have <see cref="Scored"/> false and
/// every label and probability null. <see cref="Tags"/> holds the hashtags space-separated for display; the
/// PostTags table holds them for queries.
/// </summary>
public sealed class PostEntity
{
    public long Id { get; set; }

    public long MonitorId { get; set; }

    public MonitorKind MonitorKind { get; set; }

    /// <summary>0 where ids are global to the kind (Mastodon, Bluesky, RSS), the monitor's id where they are its own (a replay file's line numbers).</summary>
    public long DedupeScope { get; set; }

    public required string SourceId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? Author { get; set; }

    public string? Language { get; set; }

    public required string Text { get; set; }

    public string? Url { get; set; }

    public string Tags { get; set; } = "";

    public int Reblogs { get; set; }

    public int Favourites { get; set; }

    public int Replies { get; set; }

    public bool Sensitive { get; set; }

    public string? SpoilerText { get; set; }

    public bool Deleted { get; set; }

    public bool Edited { get; set; }

    public bool Scored { get; set; }

    /// <summary>negative, neutral or positive.</summary>
    public string? Sentiment { get; set; }

    public float? Negative { get; set; }

    public float? Neutral { get; set; }

    public float? Positive { get; set; }

    public float? Hate { get; set; }

    public float? Offensive { get; set; }

    /// <summary>anger, joy, optimism or sadness.</summary>
    public string? Emotion { get; set; }

    public float? Anger { get; set; }

    public float? Joy { get; set; }

    public float? Optimism { get; set; }

    public float? Sadness { get; set; }

    public float? Risk { get; set; }
}
