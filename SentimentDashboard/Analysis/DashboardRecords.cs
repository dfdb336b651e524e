namespace SentimentDashboard.Analysis;

/// <summary>Headline numbers of a filtered view.</summary>
public sealed record OverviewCounters(
    int Posts, int Negative, int Neutral, int Positive, int Unscored, int Hateful, int Offensive,
    double AverageLength, DateTimeOffset? First, DateTimeOffset? Last);

/// <summary>Posts of one time bucket by sentiment label.</summary>
public sealed record SentimentBucket(DateTimeOffset Start, int Negative, int Neutral, int Positive, int Unscored)
{
    public int Total => Negative + Neutral + Positive + Unscored;
}

/// <summary>Share of hateful and offensive posts in one time bucket, in percent.</summary>
public sealed record ToxicityBucket(DateTimeOffset Start, int Posts, double HatefulPercent, double OffensivePercent);

/// <summary>A count per key: a hashtag, a language, an author.</summary>
public sealed record KeyCount(string Key, int Count);

/// <summary>A monitor as filters offer it.</summary>
public sealed record MonitorChoice(long Id, string Name);

/// <summary>Posts per monitor.</summary>
public sealed record MonitorVolume(long MonitorId, string Name, int Posts);

/// <summary>One post as lists and exports show it.</summary>
public sealed record PostRow(
    long Id, string SourceId, DateTimeOffset CreatedAt, long MonitorId, string Monitor, string? Author, string? Language,
    string Text, string? Url, bool Scored, string? Sentiment, float? Negative, float? Neutral, float? Positive,
    float? Hate, float? Offensive, string? Emotion, float? Risk)
{
    /// <summary>The risk analysis behind <see cref="Risk"/>; null for unscored posts and those stored before it existed.</summary>
    public Risk.StoredRisk? RiskAnalysis { get; init; }

    /// <summary>Probability of the predicted sentiment label.</summary>
    public float? SentimentScore => Sentiment switch
    {
        "negative" => Negative,
        "neutral" => Neutral,
        "positive" => Positive,
        _ => null,
    };
}

/// <summary>A page of posts and how many match in all (at least that many when <paramref name="More"/>).</summary>
public sealed record PostPage(IReadOnlyList<PostRow> Posts, int Total, bool More);
