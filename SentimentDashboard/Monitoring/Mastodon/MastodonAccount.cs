namespace SentimentDashboard.Monitoring.Mastodon;

/// <summary>The fields of a Mastodon Account entity that monitoring keeps.</summary>
internal sealed record MastodonAccount
{
    public string? Id { get; init; }

    /// <summary><c>user</c> for a local account, <c>user@domain</c> for a remote one.</summary>
    public string? Acct { get; init; }
}
