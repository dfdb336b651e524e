using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace SentimentDashboard.Accounts;

/// <summary>Identity's sign-in, except that a disabled account cannot sign in by any means, and a sign-in is dated.</summary>
public sealed class DashboardSignInManager(
    UserManager<DashboardUser> users,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<DashboardUser> claimsFactory,
    IOptions<IdentityOptions> options,
    ILogger<SignInManager<DashboardUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<DashboardUser> confirmation,
    TimeProvider time)
    : SignInManager<DashboardUser>(users, contextAccessor, claimsFactory, options, logger, schemes, confirmation)
{
    /// <summary>Whom this request signed in, if anyone: a passkey sign-in names its user only through this.</summary>
    public DashboardUser? SignedIn { get; private set; }

    public override async Task<bool> CanSignInAsync(DashboardUser user) => !user.Disabled && await base.CanSignInAsync(user);

    public override async Task SignInWithClaimsAsync(DashboardUser user, AuthenticationProperties? authenticationProperties, IEnumerable<System.Security.Claims.Claim> additionalClaims)
    {
        user.LastSignInAt = time.GetUtcNow();
        await UserManager.UpdateAsync(user);
        await base.SignInWithClaimsAsync(user, authenticationProperties, additionalClaims);
        SignedIn = user;
    }
}
