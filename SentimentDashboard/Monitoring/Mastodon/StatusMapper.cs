using SentimentDashboard.Text;

namespace SentimentDashboard.Monitoring.Mastodon;

/// <summary>Maps a Mastodon status to the post the pipeline takes.</summary>
internal static class StatusMapper
{
    /// <summary>
    /// The post of <paramref name="entry"/>, a timeline entry: for a boost that is the boosted status (so a status
    /// boosted many times is one post); null when the entry has no id.
    /// </summary>
    /// <param name="cursor">The resume position to store with the post.</param>
    public static RawPost? ToPost(long monitorId, MastodonStatus entry, PostEventKind kind, string? cursor, DateTimeOffset now)
    {
        var status = entry.Reblog ?? entry;
        if (string.IsNullOrEmpty(status.Id))
        {
            return null;
        }

        return new RawPost
        {
            MonitorId = monitorId,
            SourceId = status.Id,
            Text = HtmlText.ToText(status.Content),
            CreatedAt = status.CreatedAt ?? now,
            Author = status.Account?.Acct,
            Language = status.Language,
            Url = status.Url ?? status.Uri,
            Tags = [.. (status.Tags ?? []).Select(t => t.Name).OfType<string>()],
            Reblogs = status.ReblogsCount ?? 0,
            Favourites = status.FavouritesCount ?? 0,
            Replies = status.RepliesCount ?? 0,
            Sensitive = status.Sensitive ?? false,
            SpoilerText = string.IsNullOrEmpty(status.SpoilerText) ? null : Truncate(status.SpoilerText),
            Event = kind,
            Cursor = cursor,
        };
    }

    /// <summary>A deletion as the stream reports it: only the id is known.</summary>
    public static RawPost Deleted(long monitorId, string id, string? cursor, DateTimeOffset now) => new()
    {
        MonitorId = monitorId,
        SourceId = id,
        Text = "",
        CreatedAt = now,
        Event = PostEventKind.Deleted,
        Cursor = cursor,
    };

    private static string Truncate(string text) =>
        text.Length <= HtmlText.MaxTextLength ? text : text[..HtmlText.MaxTextLength];
}
