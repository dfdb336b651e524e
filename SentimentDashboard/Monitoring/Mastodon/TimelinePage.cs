namespace SentimentDashboard.Monitoring.Mastodon;

/// <summary>One page of a timeline, newest first as the API returns it, and the <c>Link</c> to newer statuses.</summary>
internal sealed record TimelinePage(IReadOnlyList<MastodonStatus> Statuses, Uri? Newer);
