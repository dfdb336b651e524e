namespace SentimentDashboard.Monitoring.Mastodon;

/// <summary>A hashtag of a status, by name without <c>#</c>.</summary>
internal sealed record MastodonTag
{
    public string? Name { get; init; }
}
