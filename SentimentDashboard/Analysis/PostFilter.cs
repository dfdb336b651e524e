using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace SentimentDashboard.Analysis;

/// <summary>
/// Which posts a chart or list shows. Every field round-trips through the URL query string, so any view (and any
/// drill-down from a chart element) can be bookmarked and shared.
/// </summary>
public sealed record PostFilter
{
    public TimeRange Range { get; init; } = TimeRange.LastDay;

    public long? MonitorId { get; init; }

    /// <summary>negative, neutral, positive, or "unscored" (posts in a language the models don't know).</summary>
    public string? Sentiment { get; init; }

    public bool HatefulOnly { get; init; }

    public bool OffensiveOnly { get; init; }

    /// <summary>A hashtag, without '#'.</summary>
    public string? Tag { get; init; }

    /// <summary>A word the text must contain (trending terms drill down here).</summary>
    public string? Term { get; init; }

    public string? Language { get; init; }

    public string? Author { get; init; }

    /// <summary>Free text search in the post's text.</summary>
    public string? Search { get; init; }

    public Granularity? Bucket { get; init; }

    /// <summary>Only the posts behind this alert.</summary>
    public long? AlertId { get; init; }

    /// <summary>Not a filter: the overview marks where this alert's posts lie on its time charts.</summary>
    public long? MarkAlertId { get; init; }

    public static readonly IReadOnlyList<string> SentimentChoices = ["negative", "neutral", "positive", "unscored"];

    /// <summary>The filter alone: the overview's mark means nothing to the posts page or an export.</summary>
    private PostFilter WithoutMark => this with { MarkAlertId = null };

    /// <summary>The posts page showing exactly this filter (where every chart drills down to).</summary>
    public string PostsPath() => "posts" + WithoutMark.ToQueryString();

    /// <summary>The dashboard's CSV download of this filter: the contract's columns, then the risk analysis.</summary>
    public string ExportPath()
    {
        var query = WithoutMark.ToQueryString();
        return "export/posts.csv" + query + (query.Length == 0 ? "?" : "&") + "details=risk";
    }

    public string ToQueryString()
    {
        var query = new List<KeyValuePair<string, string?>>();
        if (Range.Relative is { } relative)
        {
            query.Add(new("range", relative));
        }
        else
        {
            Add(query, "from", Range.From?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
            Add(query, "to", Range.To?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        }

        Add(query, "monitor", MonitorId?.ToString(CultureInfo.InvariantCulture));
        Add(query, "sentiment", Sentiment);
        Add(query, "hate", HatefulOnly ? "1" : null);
        Add(query, "offensive", OffensiveOnly ? "1" : null);
        Add(query, "tag", Tag);
        Add(query, "term", Term);
        Add(query, "lang", Language);
        Add(query, "author", Author);
        Add(query, "q", Search);
        Add(query, "bucket", Bucket?.ToString().ToLowerInvariant());
        Add(query, "alert", AlertId?.ToString(CultureInfo.InvariantCulture));
        Add(query, "mark", MarkAlertId?.ToString(CultureInfo.InvariantCulture));
        return QueryString.Create(query).ToUriComponent();
    }

    /// <summary>
    /// Reads a filter from a query string; unknown or malformed values are ignored rather than failing the page.
    /// Without a time range the filter covers <paramref name="defaultRange"/> (the last day, unless given).
    /// </summary>
    public static PostFilter Parse(string? queryString, TimeRange? defaultRange = null)
    {
        var query = QueryHelpers.ParseQuery(queryString);
        string? Get(string key) => query.TryGetValue(key, out var values) && values.Count > 0 && !string.IsNullOrWhiteSpace(values[0]) ? values[0]!.Trim() : null;

        var from = ParseTime(Get("from"));
        var to = ParseTime(Get("to"));
        var relative = Get("range");
        var range = from is not null || to is not null ? new TimeRange(null, from, to)
            : relative is not null && TimeRange.IsValidRelative(relative) ? new TimeRange(relative, null, null)
            : defaultRange ?? TimeRange.LastDay;
        return new PostFilter
        {
            Range = range,
            MonitorId = long.TryParse(Get("monitor"), NumberStyles.None, CultureInfo.InvariantCulture, out var monitor) ? monitor : null,
            Sentiment = Get("sentiment") is { } sentiment && SentimentChoices.Contains(sentiment) ? sentiment : null,
            HatefulOnly = Get("hate") == "1",
            OffensiveOnly = Get("offensive") == "1",
            Tag = Get("tag")?.TrimStart('#').ToLowerInvariant(),
            Term = Get("term")?.ToLowerInvariant(),
            Language = Get("lang")?.ToLowerInvariant(),
            Author = Get("author"),
            Search = Get("q"),
            AlertId = long.TryParse(Get("alert"), NumberStyles.None, CultureInfo.InvariantCulture, out var alert) ? alert : null,
            MarkAlertId = long.TryParse(Get("mark"), NumberStyles.None, CultureInfo.InvariantCulture, out var mark) ? mark : null,
            Bucket = Enum.TryParse<Granularity>(Get("bucket"), ignoreCase: true, out var bucket) && Enum.IsDefined(bucket) ? bucket : null,
        };
    }

    private static void Add(List<KeyValuePair<string, string?>> query, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            query.Add(new(key, value));
        }
    }

    private static DateTimeOffset? ParseTime(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time) ? time : null;
}
