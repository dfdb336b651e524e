using System.Globalization;
using Microsoft.Data.Sqlite;

namespace SentimentDashboard.Tests.Infrastructure;

/// <summary>Plain SQL on a test's database file, behind the app's back: how a test stages a crash or an old version's state.</summary>
public static class SqliteFile
{
    public static async Task ExecuteAsync(string path, string sql)
    {
        await using var command = await CommandAsync(path, sql);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<long> ScalarAsync(string path, string sql)
    {
        await using var command = await CommandAsync(path, sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static async Task<SqliteCommand> CommandAsync(string path, string sql)
    {
        // Not pooled, so that no connection outlives the call and the app's next start sees the file alone.
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Disposed += (_, _) => connection.Dispose();
        return command;
    }
}
