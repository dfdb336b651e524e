using Microsoft.Data.Sqlite;
using SentimentDashboard.Data;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Tests.Infrastructure;
using SentimentDashboard.Tests.Rollups;

namespace SentimentDashboard.Tests.Data;

public sealed class SchemaUpgradesTests
{
    /// <summary>What each version added, as the SQL that takes it away: a database of version N lacks what later versions added.</summary>
    private static readonly Dictionary<int, string> AddedBy = new()
    {
        [2] = "DROP TABLE Lives;",
        // The rollups and five indexes of Posts.
        [3] = "DROP TABLE PostCounts; DROP TABLE TagCounts;" + string.Concat(
            new[] { "Author", "Negative", "Hate", "Offensive", "Risk" }.Select(column => $"DROP INDEX \"IX_Posts_{column}_CreatedAt\";")),
        // Accounts: Identity's tables, API keys and the audit log.
        [4] = string.Concat(new[]
        {
            "AspNetUserPasskeys", "AspNetUserTokens", "AspNetUserLogins", "AspNetUserClaims", "AspNetUserRoles", "AspNetRoleClaims",
            "AspNetUsers", "AspNetRoles", "ApiKeys", "AuditEntries",
        }.Select(table => $"DROP TABLE \"{table}\";")),
        [5] = "DROP TABLE PostEngagements;",
        // Alerts: rules (with the default ones), alerts, the posts behind them and who read them.
        [6] = "DROP TABLE AlertReads; DROP TABLE AlertPosts; DROP TABLE Alerts; DROP TABLE AlertRules;",
        // Risk analysis: one row per scored post.
        [7] = "DROP TABLE \"PostRisks\";",
        // The review queue.
        [8] = "DROP TABLE \"ReviewItems\";",
        // Where alert evaluation stopped.
        [9] = "DROP TABLE \"AlertMarks\";",
    };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public async Task A_database_of_an_earlier_version_is_upgraded_to_the_schema_a_new_database_gets(int version)
    {
        using var temp = new TempDirectory();
        var database = Path.Combine(temp.Path, "app.db");
        await using (await PipelineHost.StartAsync(database))
        {
        }

        var created = await SchemaAsync(database);
        await ExecuteAsync(database, DropAfter(version) + $"DELETE FROM SchemaVersion; INSERT INTO SchemaVersion (Version, AppliedAt) VALUES ({version}, 0);");
        Assert.NotEqual(created, await SchemaAsync(database));

        await using (await PipelineHost.StartAsync(database))
        {
        }

        Assert.Equal(created, await SchemaAsync(database));
        Assert.Equal(Enumerable.Range(version, DatabaseInitializer.SchemaVersion - version + 1).Select(v => (long)v), await VersionsAsync(database));
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
        await ExecuteAsync(database, DropAfter(2) + "DELETE FROM SchemaVersion; INSERT INTO SchemaVersion (Version, AppliedAt) VALUES (2, 0);");

        await using (var host = await PipelineHost.StartAsync(database))
        {
            Assert.Contains(host.Logs.Entries, e => e.Message.Contains("Schema version 3: ", StringComparison.Ordinal));
        }

        Assert.Equal(created, await SchemaAsync(database));
        Assert.Equal(counted, await RollupCounts.StoredAsync(database));
        Assert.Equal(Enumerable.Range(2, DatabaseInitializer.SchemaVersion - 1).Select(v => (long)v), await VersionsAsync(database));
    }

    /// <summary>SQL that takes away what every version after <paramref name="version"/> added.</summary>
    private static string DropAfter(int version) => string.Concat(AddedBy.Where(added => added.Key > version).Select(added => added.Value));

    private static async Task<List<string>> SchemaAsync(string database) =>
        [.. (await ColumnAsync(database, "SELECT name || ': ' || IFNULL(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name")).Select(v => Normalize((string)v))];

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
