using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;

namespace SentimentDashboard.Analysis;

/// <summary>
/// A <see cref="PostFilter"/> as a parameterised SQL WHERE clause over <c>Posts</c> (times are Unix milliseconds).
/// Every chart, list and export goes through it, so they all agree on which posts a filter means.
/// </summary>
internal sealed class PostQuery
{
    private readonly List<SqliteParameter> _parameters = [];
    private readonly string? _from;
    private readonly string? _to;
    private readonly PostFilter _filter;
    private readonly string? _monitor, _sentiment, _language;

    public PostQuery(PostFilter filter, DateTimeOffset now)
    {
        _filter = filter;
        var (from, to) = filter.Range.Resolve(now);
        _from = from is { } start ? Add(start.ToUnixTimeMilliseconds()) : null;
        _to = to is { } end ? Add(end.ToUnixTimeMilliseconds()) : null;
        var where = new StringBuilder("Posts.Deleted = 0").Append(TimeBounds("Posts.CreatedAt"));

        if (filter.MonitorId is { } monitor)
        {
            _monitor = Add(monitor);
            where.Append(" AND Posts.MonitorId = ").Append(_monitor);
        }

        if (filter.Sentiment == "unscored")
        {
            where.Append(" AND Posts.Scored = 0");
        }
        else if (filter.Sentiment is { } sentiment)
        {
            _sentiment = Add(sentiment);
            where.Append(" AND Posts.Sentiment = ").Append(_sentiment);
        }

        if (filter.HatefulOnly)
        {
            where.Append(" AND Posts.Hate >= 0.5");
        }

        if (filter.OffensiveOnly)
        {
            where.Append(" AND Posts.Offensive >= 0.5");
        }

        if (filter.Tag is { } tag)
        {
            // Driven from the (Tag, CreatedAt) index: the posts of one tag in time order, each looked up by id, so
            // the newest page of a tag held by a fifth of a million posts reads fifty rows, not two hundred thousand.
            From = "PostTags CROSS JOIN Posts ON Posts.Id = PostTags.PostId";
            Time = "PostTags.CreatedAt";
            where.Append(" AND PostTags.Tag = ").Append(Add(tag)).Append(TimeBounds("PostTags.CreatedAt"));
        }

        if (filter.Term is { } term)
        {
            where.Append(" AND Posts.Text LIKE ").Append(Add(Like(term))).Append(" ESCAPE '\\'");
        }

        if (filter.Language is { } language)
        {
            _language = Add(language == "unknown" ? "" : language);
            where.Append(language == "unknown" ? " AND Posts.Language IS NULL" : $" AND Posts.Language = {_language}");
        }

        if (filter.Author is { } author)
        {
            where.Append(" AND Posts.Author = ").Append(Add(author));
        }

        if (filter.Search is { } search)
        {
            where.Append(" AND Posts.Text LIKE ").Append(Add(Like(search))).Append(" ESCAPE '\\'");
        }

        if (filter.AlertId is { } alert)
        {
            where.Append(" AND Posts.Id IN (SELECT PostId FROM AlertPosts WHERE AlertId = ").Append(Add(alert)).Append(')');
        }

        Where = where.ToString();
    }

    public string Where { get; }

    /// <summary>The tables <see cref="Where"/> reads: Posts, or for a tag filter PostTags joined to Posts.</summary>
    public string From { get; } = "Posts";

    /// <summary>The creation time column to order by: the driving table's, so SQLite can walk its index in order.</summary>
    public string Time { get; } = "Posts.CreatedAt";

    /// <summary>Whether the rollups know every condition of the filter (all but a tag, a term, an author, a search and an alert).</summary>
    public static bool RollupsAnswer(PostFilter filter) => filter is { Tag: null, Term: null, Author: null, Search: null, AlertId: null };

    /// <summary>
    /// The same filter as a condition on a rollup table (PostCounts, or TagCounts without <paramref name="language"/>)
    /// at <paramref name="width"/>: its buckets in the time range, which must fall on that width's bucket bounds.
    /// </summary>
    public string RollupWhere(long width, bool language = true)
    {
        var where = new StringBuilder("Width = ").Append(Add(width)).Append(TimeBounds("Bucket"));
        if (_monitor is not null)
        {
            where.Append(" AND MonitorId = ").Append(_monitor);
        }

        if (_filter.Sentiment is not null)
        {
            where.Append(" AND Sentiment = ").Append(_sentiment ?? "'unscored'");
        }

        where.Append(_filter.HatefulOnly ? " AND Hate = 1" : "").Append(_filter.OffensiveOnly ? " AND Offensive = 1" : "");
        if (_language is not null)
        {
            where.Append(language ? $" AND Language = {_language}" : throw new InvalidOperationException("TagCounts have no language"));
        }

        return where.ToString();
    }

    /// <summary>
    /// The filter's time bounds on another creation time <paramref name="column"/> (e.g. a PostTags alias), so a query
    /// can use that table's time index; empty for an unbounded range.
    /// </summary>
    public string TimeBounds(string column) =>
        (_from is null ? "" : $" AND {column} >= {_from}") + (_to is null ? "" : $" AND {column} < {_to}");

    /// <summary>
    /// The ORDER BY of a list of posts sorted by a <see cref="PostRow"/> property: its time, or a score (unscored
    /// posts last either way, then newest first). Any other name sorts newest first.
    /// </summary>
    public string OrderBy(string? property, bool descending)
    {
        var direction = descending ? "DESC" : "ASC";
        var score = property switch
        {
            nameof(PostRow.Negative) => "Posts.Negative",
            nameof(PostRow.Hate) => "Posts.Hate",
            nameof(PostRow.Offensive) => "Posts.Offensive",
            nameof(PostRow.Risk) => "Posts.Risk",
            _ => null,
        };
        return score is not null ? $"{score} {direction} NULLS LAST, {Time} DESC, Posts.Id DESC"
            : property == nameof(PostRow.CreatedAt) ? $"{Time} {direction}, Posts.Id {direction}"
            : $"{Time} DESC, Posts.Id DESC";
    }

    /// <summary>Adds a parameter for a value the caller puts into the SQL (e.g. a bucket width) and returns its name.</summary>
    public string Add(object value)
    {
        var name = "@p" + _parameters.Count;
        _parameters.Add(new SqliteParameter(name, value));
        return name;
    }

    public DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var parameter in _parameters)
        {
            command.Parameters.Add(new SqliteParameter(parameter.ParameterName, parameter.Value));
        }

        return command;
    }

    /// <summary>A LIKE pattern matching the text anywhere, with LIKE's own wildcards escaped.</summary>
    private static string Like(string text) =>
        "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
