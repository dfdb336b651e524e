namespace SentimentDashboard.Review;

/// <summary>
/// A high-risk post or transcript segment waiting for, or carrying, a person's decision (table ReviewItems). The text
/// and the models' output are copied, so a decision outlives its post (deleted at its source or with its monitor) and
/// stays usable for retraining.
/// </summary>
public sealed class ReviewItemEntity
{
    public long Id { get; set; }

    /// <summary>Null once the post is deleted.</summary>
    public long? PostId { get; set; }

    /// <summary>Null once the monitor is deleted; <see cref="MonitorName"/> keeps its name.</summary>
    public long? MonitorId { get; set; }

    /// <summary>The monitor as lists name it: KIND:TARGET.</summary>
    public required string MonitorName { get; set; }

    public required string SourceId { get; set; }

    public string? Author { get; set; }

    public string? Language { get; set; }

    public required string Text { get; set; }

    public DateTimeOffset PostedAt { get; set; }

    public DateTimeOffset QueuedAt { get; set; }

    public float Risk { get; set; }

    public float Hate { get; set; }

    public float Offensive { get; set; }

    /// <summary>The models' labels: hateful, offensive, the sentiment and the risk category (see <see cref="Analysis.Risk.RiskNames"/>).</summary>
    public bool ModelHate { get; set; }

    public bool ModelOffensive { get; set; }

    public required string ModelSentiment { get; set; }

    public required string ModelCategory { get; set; }

    public string Justification { get; set; } = "";

    public ReviewStatus Status { get; set; }

    /// <summary>The person's labels; null where the decision says nothing (a dismissal says nothing of sentiment).</summary>
    public bool? LabelHate { get; set; }

    public bool? LabelOffensive { get; set; }

    public string? LabelSentiment { get; set; }

    public string? LabelCategory { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? DecidedBy { get; set; }

    public string? DecidedByName { get; set; }

    public string? Note { get; set; }

    /// <summary>The LLM's second opinion (null when not asked, or while waiting), or why it could not be had.</summary>
    public string? OpinionCategory { get; set; }

    public string? OpinionVirality { get; set; }

    public bool? OpinionHate { get; set; }

    public string? OpinionTarget { get; set; }

    public string? OpinionJustification { get; set; }

    public float? OpinionScore { get; set; }

    public string? OpinionModel { get; set; }

    public string? OpinionError { get; set; }

    public DateTimeOffset? OpinionAt { get; set; }
}
