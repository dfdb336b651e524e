using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SentimentDashboard.Data;

/// <summary>
/// Per-connection settings. synchronous=NORMAL in WAL mode never corrupts the file; a power cut may lose the last
/// commits, but each post commits with its monitor's cursor, so the sources simply read them again.
/// </summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
