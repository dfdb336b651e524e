using Microsoft.Data.Sqlite;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Rollups;

namespace SentimentDashboard.Pipeline;

/// <summary>
/// The store's statements on one connection and transaction, prepared once per batch and run once per row. New posts
/// are counted into the rollups together (<see cref="FlushCounts"/>, before the commit); an edit or a deletion first
/// takes the post's old counts away, so the rollups stay a recount of the undeleted posts.
/// </summary>
internal sealed class PostCommands : IDisposable
{
    private readonly List<long> _uncounted = [];
    private readonly SqliteCommand _addCounts;
    private readonly SqliteCommand _subtractCounts;
    private readonly SqliteParameter _countIds, _subtractKind, _subtractScope, _subtractSourceId;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _update;
    private readonly SqliteCommand _markDeleted;
    private readonly SqliteCommand _insertTag;
    private readonly SqliteCommand _deleteTags;
    private readonly SqliteCommand _touchMonitor;
    private readonly PostRiskRows _risks;
    private readonly PostParameters _insertParameters;
    private readonly PostParameters _updateParameters;
    private readonly PostParameters _deleteParameters;
    private readonly SqliteParameter _tagPostId, _tag, _deleteTagsPostId, _monitorId, _cursor, _lastItemAt;

    public PostCommands(SqliteTransaction transaction)
    {
        SqliteCommand Command(string sql) => transaction.Command(sql);

        _insert = Command(
            $"INSERT INTO Posts ({PostParameters.Columns}) VALUES ({PostParameters.Values}) " +
            "ON CONFLICT (MonitorKind, DedupeScope, SourceId) DO NOTHING RETURNING Id");
        _insertParameters = new PostParameters(_insert);
        _update = Command($"UPDATE Posts SET {PostParameters.UpdateAssignments} WHERE {PostParameters.Identity} RETURNING Id");
        _updateParameters = new PostParameters(_update);
        // A deletion delivered twice (at-least-once sources) reports the post once, so counts kept per post stay true.
        _markDeleted = Command($"UPDATE Posts SET Deleted = 1 WHERE {PostParameters.Identity} AND Deleted = 0 RETURNING Id");
        _deleteParameters = new PostParameters(_markDeleted);

        // A tag takes its post's stored time, also when an edit arrives with another: tag counts and post counts agree.
        _insertTag = Command("INSERT OR IGNORE INTO PostTags (PostId, Tag, CreatedAt) SELECT Id, $Tag, CreatedAt FROM Posts WHERE Id = $PostId");
        _tagPostId = _insertTag.Parameters.Add("$PostId", SqliteType.Integer);
        _tag = _insertTag.Parameters.Add("$Tag", SqliteType.Text);
        _deleteTags = Command("DELETE FROM PostTags WHERE PostId = $PostId");
        _deleteTagsPostId = _deleteTags.Parameters.Add("$PostId", SqliteType.Integer);

        // The cursor moves with the posts in the same transaction: a restart resumes exactly after the last commit.
        _addCounts = Command(RollupSql.Change(RollupSql.BatchIds, 1));
        _countIds = _addCounts.Parameters.Add("$Ids", SqliteType.Text);
        _subtractCounts = Command(RollupSql.Change(PostParameters.Identity, -1));
        _subtractKind = _subtractCounts.Parameters.Add("$MonitorKind", SqliteType.Text);
        _subtractScope = _subtractCounts.Parameters.Add("$DedupeScope", SqliteType.Integer);
        _subtractSourceId = _subtractCounts.Parameters.Add("$SourceId", SqliteType.Text);

        _risks = new PostRiskRows(transaction);
        _touchMonitor = Command("UPDATE Monitors SET Cursor = COALESCE($Cursor, Cursor), LastItemAt = COALESCE($LastItemAt, LastItemAt) WHERE Id = $Id RETURNING Kind");
        _monitorId = _touchMonitor.Parameters.Add("$Id", SqliteType.Integer);
        _cursor = _touchMonitor.Parameters.Add("$Cursor", SqliteType.Text);
        _lastItemAt = _touchMonitor.Parameters.Add("$LastItemAt", SqliteType.Integer);
    }

    /// <summary>Moves a monitor's cursor and, unless <paramref name="at"/> is null, its last item time; returns its kind, or null when the monitor no longer exists.</summary>
    public MonitorKind? TouchMonitor(long monitorId, string? cursor, DateTimeOffset? at)
    {
        _monitorId.Value = monitorId;
        _cursor.Value = cursor is null ? DBNull.Value : cursor;
        _lastItemAt.Value = at is { } time ? time.ToUnixTimeMilliseconds() : DBNull.Value;
        return _touchMonitor.ExecuteScalar() is string kind ? Enum.Parse<MonitorKind>(kind) : null;
    }

    /// <summary>The new row's id, or null when the post is already stored.</summary>
    public long? Insert(ScoredPost post, MonitorKind kind, long scope, bool edited)
    {
        _insertParameters.Bind(post, kind, scope, edited);
        var id = _insert.ExecuteScalar() as long?;
        if (id is { } postId)
        {
            InsertTags(postId, post);
            if (post.Scores?.Assessment is { } risk)
            {
                _risks.Write(postId, risk);
            }

            _uncounted.Add(postId);
        }

        return id;
    }

    /// <summary>The edited row's id, or null when the post is not stored.</summary>
    public long? Update(ScoredPost post, MonitorKind kind, long scope)
    {
        SubtractCounts(post, kind, scope);
        _updateParameters.Bind(post, kind, scope, edited: true);
        var id = _update.ExecuteScalar() as long?;
        if (id is { } postId)
        {
            _deleteTagsPostId.Value = postId;
            _deleteTags.ExecuteNonQuery();
            InsertTags(postId, post);
            _risks.Write(postId, post.Scores?.Assessment);
            _uncounted.Add(postId);
        }

        return id;
    }

    /// <summary>
    /// The deleted row's id, or null when the post is not stored or was deleted already. The one way a single post
    /// leaves the overview: its counts are taken away in the same transaction (a source's deletion arrives as
    /// <see cref="PostEventKind.Deleted"/>).
    /// </summary>
    public long? MarkDeleted(ScoredPost post, MonitorKind kind, long scope)
    {
        SubtractCounts(post, kind, scope);
        _deleteParameters.Bind(post, kind, scope, edited: false);
        return _markDeleted.ExecuteScalar() as long?;
    }

    /// <summary>Counts the posts inserted or edited since the last flush into the rollups.</summary>
    public void FlushCounts()
    {
        if (_uncounted.Count == 0)
        {
            return;
        }

        _countIds.Value = "[" + string.Join(',', _uncounted) + "]";
        _addCounts.ExecuteNonQuery();
        _uncounted.Clear();
    }

    public void Dispose()
    {
        _addCounts.Dispose();
        _subtractCounts.Dispose();
        _insert.Dispose();
        _update.Dispose();
        _markDeleted.Dispose();
        _insertTag.Dispose();
        _deleteTags.Dispose();
        _touchMonitor.Dispose();
        _risks.Dispose();
    }

    /// <summary>Takes a stored post's counts away before it changes; posts not yet counted are counted first.</summary>
    private void SubtractCounts(ScoredPost post, MonitorKind kind, long scope)
    {
        FlushCounts();
        _subtractKind.Value = kind.ToString();
        _subtractScope.Value = scope;
        _subtractSourceId.Value = post.Raw.SourceId;
        _subtractCounts.ExecuteNonQuery();
    }

    private void InsertTags(long postId, ScoredPost post)
    {
        foreach (var tag in post.Tags)
        {
            _tagPostId.Value = postId;
            _tag.Value = tag;
            _insertTag.ExecuteNonQuery();
        }
    }
}
