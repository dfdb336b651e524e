using SentimentDashboard.Accounts;
using SentimentDashboard.Audit;
using SentimentDashboard.Monitoring;

namespace SentimentDashboard.Api;

/// <summary>
/// <c>GET /api/monitors</c> (read), <c>POST /api/monitors</c> <c>{"kind":"mastodon","target":"https://..."}</c> and
/// <c>DELETE /api/monitors/{id}</c> (write): automation adds and removes monitors as the Monitors page does, audited
/// under the key's name. Replays are not taken: a path would let a caller read any file the server can.
/// </summary>
internal static class MonitorsEndpoints
{
    public static void MapMonitors(this RouteGroupBuilder api)
    {
        api.MapGet("/monitors", async (MonitorRegistry registry, CancellationToken cancellation) =>
            Results.Ok((await registry.ListAsync(cancellation)).Select(MonitorResponse.Of)));
        api.MapPost("/monitors", AddAsync).RequireAuthorization(Policies.ApiWrite);
        api.MapDelete("/monitors/{id:long}", async (long id, HttpContext http, AuditedMonitors monitors) =>
            await monitors.DeleteAsync(id, AuditLog.ActorOf(http.User), http.RequestAborted)
                ? Results.NoContent()
                : Results.Problem(title: "Not found", detail: $"There is no monitor #{id}.", statusCode: StatusCodes.Status404NotFound))
            .RequireAuthorization(Policies.ApiWrite);
    }

    private static async Task<IResult> AddAsync(HttpContext http, AuditedMonitors monitors)
    {
        var (request, unreadable) = await JsonBody.ReadAsync<MonitorRequest>(http.Request);
        if (unreadable is not null)
        {
            return unreadable;
        }

        if (request is not { Kind: { Length: > 0 } kindName, Target: { Length: > 0 } target }
            || !Enum.TryParse<MonitorKind>(kindName, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            return BadRequest($"Send {{\"kind\": KIND, \"target\": TARGET}} with KIND one of {MonitorTargets.KindNames}.");
        }

        if (kind == MonitorKind.Replay)
        {
            return BadRequest("Replays are uploaded on the Monitors page; the API does not read files on the server.");
        }

        if (MonitorTargets.Problem(kind, target) is { } problem)
        {
            return BadRequest(problem);
        }

        var result = await monitors.AddAsync(kind, target.Trim(), AuditLog.ActorOf(http.User), http.RequestAborted);
        return result.Monitor is { } added && result.Created
            ? Results.Created($"/api/monitors/{added.Id}", MonitorResponse.Of(added))
            : Results.Problem(title: "Conflict", detail: result.Error, statusCode: StatusCodes.Status409Conflict);
    }

    private static IResult BadRequest(string detail) => Results.Problem(title: "Bad request", detail: detail, statusCode: StatusCodes.Status400BadRequest);
}
