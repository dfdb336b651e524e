using Microsoft.Data.Sqlite;

namespace SentimentDashboard.Pipeline;

internal static class SqliteTransactionExtensions
{
    /// <summary>A command on the transaction's connection that runs in the transaction.</summary>
    public static SqliteCommand Command(this SqliteTransaction transaction, string sql)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
