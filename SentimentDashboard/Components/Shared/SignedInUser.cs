using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using SentimentDashboard.Accounts;
using SentimentDashboard.Audit;

namespace SentimentDashboard.Components.Shared;

/// <summary>
/// The circuit's user as a component sees it through the cascading authentication state. Admin actions check it on
/// the server before they act: hiding a button is not a permission.
/// </summary>
public sealed record SignedInUser(ClaimsPrincipal Principal)
{
    public bool IsAdmin => Principal.IsInRole(Roles.Admin);

    /// <summary>The user's id (null for a key or a visitor): whose alerts are read.</summary>
    public string? UserId => Principal.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>The name the audit log records.</summary>
    public string Actor => AuditLog.ActorOf(Principal);

    public static async Task<SignedInUser> OfAsync(Task<AuthenticationState>? state) =>
        new(state is null ? new ClaimsPrincipal(new ClaimsIdentity()) : (await state).User);
}
