using Microsoft.Data.Sqlite;
using SentimentDashboard.Data;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Tests.Infrastructure;
using SentimentDashboard.Tests.Rollups;

namespace SentimentDashboard.Tests.Data;

public sealed class SchemaUpgradesTests
{
    [Fact]
    public async Task A_version_1_database_is_upgraded_to_the_schema_a_new_database_gets()
    {
        using var temp = new TempDirectory();
        var database = Path.Combine(temp.Path, "app.db");
        await using (await PipelineHost.StartAsync(database))
        {
        }

        var created = await LivesSchemaAsync(database);
        Assert.NotEmpty(created);
        await ExecuteAsync(database, "DROP TABLE Lives; DELETE FROM SchemaVersion; INSERT INTO SchemaVersion (Version, AppliedAt) VALUES (1, 0);" + DropVersion3);

        await using (await PipelineHost.StartAsync(database))
        {
        }

        Assert.Equal(created, await LivesSchemaAsync(database));
        Assert.Equal([1L, 2L, 3L], await VersionsAsync(database));
    }

    [Fact]
    public async Task A_version_2_database_is_upgraded_with_rollups_that_count_its_posts()
    {
        using var temp = new TempDirectory();
        var database = Path.Combine(temp.Path, "app.db");
        await using (var host = await PipelineHost.StartAsync(database))
        {
            var monitor = (await host.Registry.AddAsync(MonitorKind.Replay, temp.Write("none.jsonl", ""))).Monitor!.Id;
            for (var i = 0; i < 30; i++)
            {
                await host.Input.Writer.WriteAsync(Posts.Raw(monitor, $"p{i}", i % 3 == 0 ? "Storm tonight #news #rain" : "Lovely day at the park #city") with
                {
                    CreatedAt = DateTimeOffset.UtcNow.AddMinutes(-7 * i),
                });
            }

            await host.WaitForStoredAsync(30);
        }

        var created = await SchemaAsync(database);
        var counted = await RollupCounts.StoredAsync(database);
        Assert.NotEmpty(counted);
        await ExecuteAsync(database, "DELETE FROM SchemaVersion; INSERT INTO SchemaVersion (Version, AppliedAt) VALUES (2, 0);" + DropVersion3);

        await using (var host = await PipelineHost.StartAsync(database))
        {
            Assert.Contains(host.Logs.Entries, e => e.Message.Contains("Schema version 3: ", StringComparison.Ordinal));
        }

        Assert.Equal(created, await SchemaAsync(database));
        Assert.Equal(counted, await RollupCounts.StoredAsync(database));
        Assert.Equal([2L, 3L], await VersionsAsync(database));
    }

    /// <summary>What version 3 added: the rollups and five indexes of Posts.</summary>
    private static readonly string DropVersion3 = "DROP TABLE PostCounts; DROP TABLE TagCounts;" + string.Concat(
        new[] { "Author", "Negative", "Hate", "Offensive", "Risk" }.Select(column => $"DROP INDEX \"IX_Posts_{column}_CreatedAt\";"));

    private static async Task<List<string>> SchemaAsync(string database) =>
        [.. (await ColumnAsync(database, "SELECT name || ': ' || IFNULL(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name")).Select(v => Normalize((string)v))];

    private static async Task<List<string>> LivesSchemaAsync(string database) =>
        [.. (await ColumnAsync(database, "SELECT name || ': ' || sql FROM sqlite_master WHERE tbl_name = 'Lives' ORDER BY name")).Select(v => Normalize((string)v))];

    private static async Task<List<long>> VersionsAsync(string database) =>
        [.. (await ColumnAsync(database, "SELECT Version FROM SchemaVersion ORDER BY Version")).Cast<long>()];

    private static async Task<List<object>> ColumnAsync(string database, string sql)
    {
        var values = new List<object>();
        await using var connection = await OpenAsync(database);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetValue(0));
        }

        return values;
    }

    private static async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = await OpenAsync(database);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<SqliteConnection> OpenAsync(string database)
    {
        var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>Whitespace differs between EF's script and ours; the statement does not.</summary>
    private static string Normalize(string sql) => string.Join(' ', sql.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).Replace("( ", "(", StringComparison.Ordinal).Replace(" )", ")", StringComparison.Ordinal);
}
