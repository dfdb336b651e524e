using Microsoft.Data.Sqlite;

namespace SentimentDashboard.Tests.Rollups;

/// <summary>The rollup tables as stored, and the same cells recounted from the posts by a query of the test's own.</summary>
internal static class RollupCounts
{
    public static Task<List<string>> StoredAsync(string database) => RowsAsync(database, """
        SELECT 'p', Width, Bucket, MonitorId, Sentiment, Hate, Offensive, Language, '', Posts, TextLength FROM PostCounts WHERE Posts <> 0
        UNION ALL
        SELECT 't', Width, Bucket, MonitorId, Sentiment, Hate, Offensive, '', Tag, Posts, 0 FROM TagCounts WHERE Posts <> 0
        ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9
        """);

    public static Task<List<string>> RecountAsync(string database) => RowsAsync(database, """
        WITH Live AS (
            SELECT Posts.*, IIF(Scored, Sentiment, 'unscored') AS Label, IIF(Hate >= 0.5, 1, 0) AS H, IIF(Offensive >= 0.5, 1, 0) AS O
            FROM Posts WHERE NOT Deleted),
        W(Width) AS (SELECT 60000 UNION SELECT 3600000)
        SELECT 'p', Width, CreatedAt - CreatedAt % Width, MonitorId, Label, H, O, IFNULL(Language, ''), '', COUNT(*), SUM(LENGTH(Text))
        FROM Live, W GROUP BY 2, 3, 4, 5, 6, 7, 8
        UNION ALL
        SELECT 't', Width, Live.CreatedAt - Live.CreatedAt % Width, MonitorId, Label, H, O, '', PostTags.Tag, COUNT(*), 0
        FROM Live JOIN PostTags ON PostTags.PostId = Live.Id, W GROUP BY 2, 3, 4, 5, 6, 7, 9
        ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9
        """);

    private static async Task<List<string>> RowsAsync(string database, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue)));
        }

        return rows;
    }
}
