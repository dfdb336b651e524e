using Microsoft.Data.Sqlite;
using SentimentDashboard.Data;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Data;

public sealed class SchemaUpgradesTests
{
    /// <summary>The tables each version added; a database of version N lacks those of every later version.</summary>
    private static readonly Dictionary<int, string[]> TablesAddedBy = new()
    {
        [2] = ["Lives"],
        [3] = ["AspNetUserPasskeys", "AspNetUserTokens", "AspNetUserLogins", "AspNetUserClaims", "AspNetUserRoles", "AspNetRoleClaims", "AspNetUsers", "AspNetRoles", "ApiKeys", "AuditEntries"],
    };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task A_database_of_an_earlier_version_is_upgraded_to_the_schema_a_new_database_gets(int version)
    {
        using var temp = new TempDirectory();
        var database = Path.Combine(temp.Path, "app.db");
        await using (await PipelineHost.StartAsync(database))
        {
        }

        var created = await SchemaAsync(database);
        var later = TablesAddedBy.Where(added => added.Key > version).SelectMany(added => added.Value);
        await ExecuteAsync(database, string.Concat(later.Select(table => $"DROP TABLE \"{table}\";"))
            + $"DELETE FROM SchemaVersion; INSERT INTO SchemaVersion (Version, AppliedAt) VALUES ({version}, 0);");
        Assert.NotEqual(created, await SchemaAsync(database));

        await using (await PipelineHost.StartAsync(database))
        {
        }

        Assert.Equal(created, await SchemaAsync(database));
        Assert.Equal(Enumerable.Range(version, DatabaseInitializer.SchemaVersion - version + 1).Select(v => (long)v), await VersionsAsync(database));
    }

    private static async Task<List<string>> SchemaAsync(string database) =>
        [.. (await ColumnAsync(database, "SELECT name || ': ' || sql FROM sqlite_master WHERE sql IS NOT NULL AND name <> 'sqlite_sequence' ORDER BY name")).Select(v => Normalize((string)v))];

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
