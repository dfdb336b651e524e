namespace SentimentDashboard.Monitoring.Rss;

/// <summary>One RSS item or Atom entry, its text already plain (HTML converted, never kept).</summary>
/// <param name="Id">The guid (RSS), id (Atom), else the link: what makes the item the same item on the next read.</param>
internal sealed record FeedItem(string Id, string Text, string? Link, string? Author, DateTimeOffset? Published, IReadOnlyList<string> Categories);
