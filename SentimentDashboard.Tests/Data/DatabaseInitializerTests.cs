using Microsoft.Data.Sqlite;
using SentimentDashboard.Data;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Data;

public sealed class DatabaseInitializerTests
{
    [Fact]
    public async Task StartAsync_Creates_Folder_Schema_And_Version_In_Wal_Mode()
    {
        using var temp = new TempDirectory();
        var database = Path.Combine(temp.Path, "nested", "folder", "app.db");

        await using (await PipelineHost.StartAsync(database))
        {
        }

        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode"));
        Assert.Equal((long)DatabaseInitializer.SchemaVersion, await ScalarAsync(connection, "SELECT MAX(Version) FROM SchemaVersion"));
        Assert.Equal(1L, await ScalarAsync(connection, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'IX_Posts_MonitorKind_DedupeScope_SourceId'"));
    }

    [Fact]
    public async Task StartAsync_Refuses_Database_When_Written_By_Newer_Schema()
    {
        using var temp = new TempDirectory();
        var database = Path.Combine(temp.Path, "app.db");
        await using (await PipelineHost.StartAsync(database))
        {
        }

        await using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            await connection.OpenAsync();
            await ScalarAsync(connection, "INSERT INTO SchemaVersion (Version, AppliedAt) VALUES (99, 0)");
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => PipelineHost.StartAsync(database));
        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
