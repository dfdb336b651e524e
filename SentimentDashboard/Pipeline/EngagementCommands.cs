using Microsoft.Data.Sqlite;
using SentimentDashboard.Data;
using SentimentDashboard.Monitoring;

namespace SentimentDashboard.Pipeline;

/// <summary>
/// Likes, reposts and replies of stored posts, on the batch's connection and transaction. Each record is kept in
/// PostEngagements, so a record delivered twice (a resumed stream re-reads a few seconds) raises its post's count once,
/// and its withdrawal lowers exactly the count it raised. The rollups count posts, not engagement: they are not touched.
/// </summary>
internal sealed class EngagementCommands : IDisposable
{
    private readonly SqliteCommand _record;
    private readonly SqliteCommand _forget;
    private readonly SqliteCommand _count;
    private readonly SqliteParameter _recordId, _recordKind, _monitorKind, _scope, _sourceId, _forgetId, _postId, _countKind, _change;

    public EngagementCommands(SqliteTransaction transaction)
    {
        SqliteCommand Command(string sql) => transaction.Command(sql);

        _record = Command(
            "INSERT INTO PostEngagements (RecordId, PostId, Kind) SELECT $RecordId, Id, $Kind FROM Posts " +
            $"WHERE {PostParameters.Identity} ON CONFLICT DO NOTHING RETURNING PostId");
        _recordId = _record.Parameters.Add("$RecordId", SqliteType.Text);
        _recordKind = _record.Parameters.Add("$Kind", SqliteType.Text);
        _monitorKind = _record.Parameters.Add("$MonitorKind", SqliteType.Text);
        _scope = _record.Parameters.Add("$DedupeScope", SqliteType.Integer);
        _sourceId = _record.Parameters.Add("$SourceId", SqliteType.Text);

        // Every post the record was counted for (each monitor stores its own copy of a post) loses it.
        _forget = Command("DELETE FROM PostEngagements WHERE RecordId = $RecordId RETURNING PostId, Kind");
        _forgetId = _forget.Parameters.Add("$RecordId", SqliteType.Text);

        _count = Command(
            "UPDATE Posts SET " +
            "Favourites = MAX(0, Favourites + CASE $Kind WHEN 'Like' THEN $Change ELSE 0 END), " +
            "Reblogs = MAX(0, Reblogs + CASE $Kind WHEN 'Repost' THEN $Change ELSE 0 END), " +
            "Replies = MAX(0, Replies + CASE $Kind WHEN 'Reply' THEN $Change ELSE 0 END) WHERE Id = $PostId");
        _postId = _count.Parameters.Add("$PostId", SqliteType.Integer);
        _countKind = _count.Parameters.Add("$Kind", SqliteType.Text);
        _change = _count.Parameters.Add("$Change", SqliteType.Integer);
    }

    /// <summary>Applies a like, repost, reply or withdrawal; the number of posts whose counts changed.</summary>
    public int Apply(RawPost engagement, MonitorKind kind, long scope) => engagement.Event switch
    {
        PostEventKind.Liked => Record(engagement, kind, scope, EngagementKind.Like),
        PostEventKind.Reposted => Record(engagement, kind, scope, EngagementKind.Repost),
        PostEventKind.Replied => Record(engagement, kind, scope, EngagementKind.Reply),
        PostEventKind.Withdrawn => Forget(engagement),
        _ => throw new ArgumentOutOfRangeException(nameof(engagement), engagement.Event, "not an engagement event"),
    };

    public void Dispose()
    {
        _record.Dispose();
        _forget.Dispose();
        _count.Dispose();
    }

    private int Record(RawPost engagement, MonitorKind kind, long scope, EngagementKind counted)
    {
        _recordId.Value = RecordIdOf(engagement);
        _recordKind.Value = counted.ToString();
        _monitorKind.Value = kind.ToString();
        _scope.Value = scope;
        _sourceId.Value = engagement.SourceId;
        if (_record.ExecuteScalar() is not long postId)
        {
            return 0;
        }

        Count(postId, counted.ToString(), 1);
        return 1;
    }

    private int Forget(RawPost engagement)
    {
        _forgetId.Value = RecordIdOf(engagement);
        var forgotten = new List<(long PostId, string Kind)>();
        using (var reader = _forget.ExecuteReader())
        {
            while (reader.Read())
            {
                forgotten.Add((reader.GetInt64(0), reader.GetString(1)));
            }
        }

        foreach (var (postId, counted) in forgotten)
        {
            Count(postId, counted, -1);
        }

        return forgotten.Count;
    }

    private void Count(long postId, string counted, int change)
    {
        _postId.Value = postId;
        _countKind.Value = counted;
        _change.Value = change;
        _count.ExecuteNonQuery();
    }

    private static string RecordIdOf(RawPost engagement) =>
        engagement.RecordId ?? throw new ArgumentException($"the {engagement.Event} event for {engagement.SourceId} has no record id", nameof(engagement));
}
