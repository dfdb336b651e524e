using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;
using SentimentDashboard.Accounts;
using SentimentDashboard.Api.Keys;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Security;

/// <summary>
/// Every routable page and endpoint of the app, found in its endpoint data source, is requested as an anonymous
/// visitor, an analyst, an admin and (for the API) keys of each scope, and must answer as the matrix says. An
/// endpoint the matrix does not list fails the test: whoever adds one decides who may use it.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class AuthorizationMatrixTests(AppFixture app)
{
    private enum Access
    {
        Anyone,
        Analyst,
        Admin,
        ApiRead,
        ApiWrite,
    }

    private sealed record Row(string Method, string Pattern, string Path, Access Access);

    private static readonly Row[] Matrix =
    [
        new("GET", "/health", "/health", Access.Anyone),
        new("GET", "/account/login", "/account/login", Access.Anyone),
        new("GET", "/account/setup", "/account/setup", Access.Anyone),
        new("GET", "/account/access-denied", "/account/access-denied", Access.Anyone),
        new("GET", "/Error", "/Error", Access.Anyone),
        new("POST", "/account/passkey-request-options", "/account/passkey-request-options", Access.Anyone),
        new("GET", "/", "/", Access.Analyst),
        new("GET", "/posts", "/posts?range=all", Access.Analyst),
        new("GET", "/live", "/live", Access.Analyst),
        new("GET", "/lives", "/lives", Access.Analyst),
        new("GET", "/lives/{Id:long}", "/lives/1", Access.Analyst),
        new("GET", "/monitors", "/monitors", Access.Analyst),
        new("GET", "/playground", "/playground", Access.Analyst),
        new("GET", "/status", "/status", Access.Analyst),
        new("GET", "/not-found", "/not-found", Access.Analyst),
        new("GET", "/account/manage", "/account/manage", Access.Analyst),
        new("POST", "/account/logout", "/account/logout", Access.Analyst),
        new("POST", "/account/passkey-creation-options", "/account/passkey-creation-options", Access.Analyst),
        new("GET", "/export/posts.csv", "/export/posts.csv?range=all", Access.Analyst),
        new("GET", "/export/lives.csv", "/export/lives.csv", Access.Analyst),
        new("GET", "/export/alerts.csv", "/export/alerts.csv", Access.Analyst),
        new("GET", "/alerts", "/alerts", Access.Analyst),
        new("GET", "/review", "/review", Access.Analyst),
        new("GET", "/export/reviews.csv", "/export/reviews.csv", Access.Analyst),
        new("GET", "/export/reviews.tsv", "/export/reviews.tsv?task=hate", Access.Analyst),
        new("GET", "/_framework/opaque-redirect", "/_framework/opaque-redirect", Access.Analyst),
        new("GET", "{**path:file}", "/no-such-file.txt", Access.Analyst),
        new("POST", "/_blazor/negotiate", "/_blazor/negotiate?negotiateVersion=1", Access.Analyst),
        new("GET", "/_blazor", "/_blazor", Access.Analyst),
        new("POST", "/_blazor/disconnect/", "/_blazor/disconnect/", Access.Analyst),
        new("GET", "/_blazor/initializers/", "/_blazor/initializers/", Access.Analyst),
        new("GET", "/admin/users", "/admin/users", Access.Admin),
        new("GET", "/admin/api-keys", "/admin/api-keys", Access.Admin),
        new("GET", "/admin/audit", "/admin/audit", Access.Admin),
        new("GET", "/admin/alert-rules", "/admin/alert-rules", Access.Admin),
        new("GET", "/export/audit.csv", "/export/audit.csv", Access.Admin),
        new("GET", "/openapi/{documentName}.json", "/openapi/v1.json", Access.ApiRead),
        new("GET", "/api/posts.csv", "/api/posts.csv", Access.ApiRead),
        new("GET", "/api/monitors", "/api/monitors", Access.ApiRead),
        new("GET", "/api/overview", "/api/overview?range=24h", Access.ApiRead),
        new("GET", "/api/alerts", "/api/alerts", Access.ApiRead),
        new("GET", "/api/reviews", "/api/reviews", Access.ApiRead),
        new("POST", "/api/predict", "/api/predict", Access.ApiRead),
        new("POST", "/api/monitors", "/api/monitors", Access.ApiWrite),
        new("DELETE", "/api/monitors/{id:long}", "/api/monitors/999999", Access.ApiWrite),
        new("POST", "/api/reviews/{id:long}/decision", "/api/reviews/999999/decision", Access.ApiWrite),
    ];

    [Fact]
    public void Every_routable_page_declares_who_may_open_it()
    {
        var pages = typeof(Program).Assembly.GetTypes().Where(t => t.GetCustomAttributes<RouteAttribute>().Any());

        var undeclared = pages.Where(p => p.GetCustomAttribute<AuthorizeAttribute>() is null && p.GetCustomAttribute<AllowAnonymousAttribute>() is null);

        Assert.Empty(undeclared.Select(p => p.FullName));
    }

    [Fact]
    public void Every_endpoint_is_in_the_matrix_and_every_static_file_is_public()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var files = endpoints.Where(e => e.Metadata.GetMetadata<StaticAssetDescriptor>() is not null).ToList();

        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.NotNull(file.Metadata.GetMetadata<IAllowAnonymous>()));
        var unlisted = endpoints.Except(files)
            .Where(e => !Matrix.Any(row => row.Pattern == e.RoutePattern.RawText && Methods(e).Contains(row.Method)))
            .Select(e => $"{string.Join('|', Methods(e))} {e.RoutePattern.RawText}");
        Assert.Empty(unlisted);
    }

    [Fact]
    public async Task Every_endpoint_answers_each_caller_as_the_matrix_says()
    {
        var callers = new Dictionary<string, HttpClient>
        {
            ["anonymous"] = app.CreateHttpClientWithSession(null),
            ["analyst"] = app.CreateHttpClientWithSession((await app.SessionCookieAsync(Roles.Analyst)).Value),
            ["admin"] = app.CreateHttpClientWithSession((await app.SessionCookieAsync(Roles.Admin)).Value),
            ["read key"] = await KeyClientAsync(ApiKeyScope.Read),
            ["write key"] = await KeyClientAsync(ApiKeyScope.Write),
        };
        var wrong = new List<string>();
        foreach (var row in Matrix)
        {
            foreach (var (caller, client) in callers)
            {
                using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(row.Method), row.Path));
                var allowed = Allowed(row.Access, caller);
                if (IsAllowed(response) != allowed)
                {
                    wrong.Add($"{row.Method} {row.Path} as {caller}: HTTP {(int)response.StatusCode} {response.Headers.Location}, expected {(allowed ? "allowed" : "refused")}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    private static bool Allowed(Access access, string caller) => access switch
    {
        Access.Anyone => true,
        Access.Analyst => caller is "analyst" or "admin",
        Access.Admin => caller == "admin",
        Access.ApiRead => caller != "anonymous",
        Access.ApiWrite => caller is "admin" or "write key",
        _ => false,
    };

    /// <summary>Refused is 401, 403 or a redirect to the sign-in or access-denied page; anything else (even 400 or 404) got past authorization.</summary>
    private static bool IsAllowed(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        return response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            && !location.Contains("/account/login", StringComparison.Ordinal)
            && !location.Contains("/account/access-denied", StringComparison.Ordinal);
    }

    private static IReadOnlyList<string> Methods(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"];

    private async Task<HttpClient> KeyClientAsync(ApiKeyScope scope)
    {
        var key = await app.Services.GetRequiredService<ApiKeyStore>().CreateAsync($"matrix {scope}", scope, TestAccounts.AdminEmail, CancellationToken.None);
        var client = app.CreateHttpClientWithSession(null);
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }
}
