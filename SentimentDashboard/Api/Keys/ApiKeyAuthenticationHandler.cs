using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace SentimentDashboard.Api.Keys;

/// <summary>Authenticates a request by its <c>X-Api-Key</c> header: the caller is named after the key and carries its scope.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyStore keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    public const string Header = "X-Api-Key";

    public const string ScopeClaim = "scope";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = Request.Headers[Header].ToString();
        if (key.Length == 0)
        {
            return AuthenticateResult.NoResult();
        }

        if (await keys.AuthenticateAsync(key, Context.RequestAborted) is not { } caller)
        {
            return AuthenticateResult.Fail("The API key is unknown or revoked.");
        }

        var scopes = caller.Scope == ApiKeyScope.Write ? new[] { "read", "write" } : ["read"];
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, caller.Name), .. scopes.Select(scope => new Claim(ScopeClaim, scope))], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        await Results.Problem(
            title: "Unauthorized",
            detail: $"Sign in, or send an API key in the {Header} header (created by an admin on the API keys page, or Dashboard:ApiKey).",
            statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(Context);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        await Results.Problem(
            title: "Forbidden",
            detail: "This key's scope does not allow this call: it needs a key of scope write.",
            statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(Context);
}
