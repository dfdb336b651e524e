using System.Globalization;
using SentimentDashboard.Pipeline;

namespace SentimentDashboard.Monitoring.Replay;

/// <summary>Builds a replay post from a record's fields, with the file format's defaults.</summary>
internal static class ReplayPosts
{
    /// <summary>
    /// Only the text is required: the id defaults to the record number and the time to now. The record number is the
    /// post's cursor, so a restart resumes after it.
    /// </summary>
    public static ReplayRecord Create(
        long monitorId, long number, string? id, string? text, string? createdAt, string? author, string? language, string? url,
        IReadOnlyList<string>? tags, TimeProvider time)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ReplayRecord.Malformed(number, "no text");
        }

        var created = DateTimeOffset.TryParse(createdAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed.ToUniversalTime()
            : time.GetUtcNow();
        var cursor = number.ToString(CultureInfo.InvariantCulture);
        return new ReplayRecord(number, new RawPost
        {
            MonitorId = monitorId,
            SourceId = string.IsNullOrWhiteSpace(id) ? cursor : id.Trim(),
            Text = PostText.Truncate(text),
            CreatedAt = created,
            Author = Blank(author),
            Language = Blank(language),
            Url = Blank(url),
            Tags = tags ?? [],
            Cursor = cursor,
        }, null);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
