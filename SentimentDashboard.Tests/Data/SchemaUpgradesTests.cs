using Microsoft.Data.Sqlite;
using SentimentDashboard.Data;
using SentimentDashboard.Tests.Infrastructure;

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
        await ExecuteAsync(database, "DROP TABLE Lives; DELETE FROM SchemaVersion; INSERT INTO SchemaVersion (Version, AppliedAt) VALUES (1, 0);");

        await using (await PipelineHost.StartAsync(database))
        {
        }

        Assert.Equal(created, await LivesSchemaAsync(database));
        Assert.Equal([1L, 2L], await VersionsAsync(database));
    }

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
