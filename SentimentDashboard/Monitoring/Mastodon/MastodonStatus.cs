namespace SentimentDashboard.Monitoring.Mastodon;

/// <summary>The fields of a Mastodon Status entity that monitoring keeps; everything else in the JSON is ignored.</summary>
internal sealed record MastodonStatus
{
    public string? Id { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public string? Url { get; init; }

    public string? Uri { get; init; }

    /// <summary>HTML.</summary>
    public string? Content { get; init; }

    public string? SpoilerText { get; init; }

    public bool? Sensitive { get; init; }

    public string? Language { get; init; }

    public int? ReblogsCount { get; init; }

    public int? FavouritesCount { get; init; }

    public int? RepliesCount { get; init; }

    public MastodonAccount? Account { get; init; }

    public IReadOnlyList<MastodonTag>? Tags { get; init; }

    /// <summary>For a boost, the boosted status; the outer status is then only the boost's timeline entry.</summary>
    public MastodonStatus? Reblog { get; init; }
}
