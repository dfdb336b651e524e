using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SentimentDashboard.Audit;

namespace SentimentDashboard.Accounts;

/// <summary>The account endpoints that are not pages: signing out, and the WebAuthn options a passkey form asks for.</summary>
internal static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var account = endpoints.MapGroup("/account").ExcludeFromDescription();

        // The antiforgery token is checked here: the framework checks it only for endpoints that bind form fields, and a
        // page elsewhere must not be able to sign anyone out.
        account.MapPost("/logout", async (HttpContext context, SignInManager<DashboardUser> signIn, AuditLog audit, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return MissingToken();
            }

            await audit.WriteAsync(new AuditRecord(AuditLog.ActorOf(context.User), AuditActions.SignOut, null, Address: Address(context)));
            await signIn.SignOutAsync();
            return Results.LocalRedirect("~/account/login");
        }).RequireAuthorization(Policies.Analyst);

        account.MapPost("/passkey-creation-options", async (
            HttpContext context, UserManager<DashboardUser> users, SignInManager<DashboardUser> signIn, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return MissingToken();
            }

            var user = await users.GetUserAsync(context.User);
            if (user is null)
            {
                return Results.Unauthorized();
            }

            var name = user.Email ?? user.Id;
            var options = await signIn.MakePasskeyCreationOptionsAsync(new() { Id = user.Id, Name = name, DisplayName = name });
            return TypedResults.Content(options, "application/json");
        }).RequireAuthorization(Policies.Analyst);

        account.MapPost("/passkey-request-options", async (
            HttpContext context, UserManager<DashboardUser> users, SignInManager<DashboardUser> signIn, IAntiforgery antiforgery, [FromQuery] string? email) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return MissingToken();
            }

            var user = string.IsNullOrEmpty(email) ? null : await users.FindByEmailAsync(email);
            return TypedResults.Content(await signIn.MakePasskeyRequestOptionsAsync(user), "application/json");
        }).AllowAnonymous();
    }

    private static IResult MissingToken() =>
        Results.Problem(title: "Bad request", detail: "The request carries no valid antiforgery token: reload the page.", statusCode: StatusCodes.Status400BadRequest);

    public static string? Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString();
}
