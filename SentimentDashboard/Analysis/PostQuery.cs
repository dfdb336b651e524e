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

    public PostQuery(PostFilter filter, DateTimeOffset now)
    {
        var where = new StringBuilder("Posts.Deleted = 0");
        var (from, to) = filter.Range.Resolve(now);
        if (from is { } start)
        {
            where.Append(" AND Posts.CreatedAt >= ").Append(Add(start.ToUnixTimeMilliseconds()));
        }

        if (to is { } end)
        {
            where.Append(" AND Posts.CreatedAt < ").Append(Add(end.ToUnixTimeMilliseconds()));
        }

        if (filter.MonitorId is { } monitor)
        {
            where.Append(" AND Posts.MonitorId = ").Append(Add(monitor));
        }

        if (filter.Sentiment == "unscored")
        {
            where.Append(" AND Posts.Scored = 0");
        }
        else if (filter.Sentiment is { } sentiment)
        {
            where.Append(" AND Posts.Sentiment = ").Append(Add(sentiment));
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
            where.Append(" AND EXISTS (SELECT 1 FROM PostTags t WHERE t.PostId = Posts.Id AND t.Tag = ").Append(Add(tag)).Append(')');
        }

        if (filter.Term is { } term)
        {
            where.Append(" AND Posts.Text LIKE ").Append(Add(Like(term))).Append(" ESCAPE '\\'");
        }

        if (filter.Language is { } language)
        {
            where.Append(language == "unknown" ? " AND Posts.Language IS NULL" : $" AND Posts.Language = {Add(language)}");
        }

        if (filter.Author is { } author)
        {
            where.Append(" AND Posts.Author = ").Append(Add(author));
        }

        if (filter.Search is { } search)
        {
            where.Append(" AND Posts.Text LIKE ").Append(Add(Like(search))).Append(" ESCAPE '\\'");
        }

        Where = where.ToString();
    }

    public string Where { get; }

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
