using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http.HttpResults;
using SentimentDashboard.Accounts;
using SentimentDashboard.Api;

namespace SentimentDashboard.Alerts;

/// <summary><c>GET /api/alerts</c> (recent alerts, newest first, as JSON) and the alerts page's CSV export.</summary>
internal static class AlertsEndpoints
{
    private const int MaxLimit = 1000;

    private static readonly string[] Header =
        ["id", "created_at", "updated_at", "rule", "kind", "severity", "title", "detail", "count", "monitor_id", "monitor", "acknowledged_at", "acknowledged_by", "note"];

    public static RouteGroupBuilder MapAlerts(this RouteGroupBuilder api, IEndpointRouteBuilder endpoints)
    {
        api.MapGet("/alerts", ListAsync)
            .WithSummary("Recent alerts, newest first")
            .WithDescription("Query: limit (1-1000, default 100), severity (info, warning, critical), kind (risk, hate, watchlist, spike, monitorevent), monitor (id), open=1 (not acknowledged).");
        endpoints.MapGet("/export/alerts.csv", ExportAsync).ExcludeFromDescription().RequireAuthorization(Policies.Analyst);
        return api;
    }

    private static async Task<Ok<AlertList>> ListAsync(HttpRequest request, AlertQueries queries)
    {
        var alerts = await queries.ListAsync(AlertFilter.FromQuery(request.Query, 100, MaxLimit), null, request.HttpContext.RequestAborted);
        return TypedResults.Ok(new AlertList([.. alerts.Select(AlertResponse.Of)]));
    }

    private static Task ExportAsync(HttpContext http, AlertQueries queries) =>
        CsvResponse.WriteAsync(http, "alerts", Header, Rows(queries, AlertFilter.FromQuery(http.Request.Query, MaxLimit, MaxLimit), http.RequestAborted));

    private static async IAsyncEnumerable<string?[]> Rows(AlertQueries queries, AlertFilter filter, [EnumeratorCancellation] CancellationToken cancellation)
    {
        foreach (var a in (await queries.ListAsync(filter, null, cancellation)).Select(AlertResponse.Of))
        {
            yield return
            [
                Integer(a.Id), CsvResponse.Time(a.CreatedAt), CsvResponse.Time(a.UpdatedAt), a.Rule, a.Kind, a.Severity, a.Title, a.Detail, Integer(a.Count),
                Integer(a.MonitorId), a.Monitor, CsvResponse.Time(a.AcknowledgedAt), a.AcknowledgedBy, a.Note,
            ];
        }
    }

    private static string? Integer(long? value) => value?.ToString(CultureInfo.InvariantCulture);
}
