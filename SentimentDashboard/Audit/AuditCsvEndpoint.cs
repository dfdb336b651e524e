using System.Runtime.CompilerServices;
using SentimentDashboard.Api;

namespace SentimentDashboard.Audit;

/// <summary>The audit log as CSV, newest first, with the Audit page's filter (<c>action</c>, <c>search</c>).</summary>
internal static class AuditCsvEndpoint
{
    private static readonly string[] Header = ["id", "at", "actor", "action", "target", "address", "before", "after"];

    public static Task HandleAsync(HttpContext http, AuditQueries queries) =>
        CsvResponse.WriteAsync(http, "audit", Header, Rows(queries, AuditFilter.FromQuery(http.Request.Query), http.RequestAborted));

    private static async IAsyncEnumerable<string?[]> Rows(AuditQueries queries, AuditFilter filter, [EnumeratorCancellation] CancellationToken cancellation)
    {
        await foreach (var entry in queries.AllAsync(filter, cancellation))
        {
            yield return [entry.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), CsvResponse.Time(entry.At), entry.Actor, entry.Action, entry.Target, entry.Address, entry.Before, entry.After];
        }
    }
}
