using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace SentimentDashboard.Accounts;

/// <summary>
/// A circuit's signed-in user. Every minute, and at once when <see cref="AccountSignals"/> names the user, it checks
/// that the account still exists, is enabled and has the security stamp the session was issued with; when not, the
/// circuit becomes anonymous, and its pages send the browser to the sign-in page.
/// </summary>
internal sealed class AccountStateProvider : RevalidatingServerAuthenticationStateProvider
{
    private readonly IServiceScopeFactory scopes;
    private readonly IOptions<IdentityOptions> options;
    private readonly AccountSignals signals;

    public AccountStateProvider(ILoggerFactory loggers, IServiceScopeFactory scopes, IOptions<IdentityOptions> options, AccountSignals signals)
        : base(loggers)
    {
        this.scopes = scopes;
        this.options = options;
        this.signals = signals;
        signals.SignedOut += OnSignedOut;
    }

    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();
        var user = await users.GetUserAsync(state.User);
        return user is { Disabled: false }
            && state.User.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType) == await users.GetSecurityStampAsync(user);
    }

    protected override void Dispose(bool disposing)
    {
        signals.SignedOut -= OnSignedOut;
        base.Dispose(disposing);
    }

    private async void OnSignedOut(string userId)
    {
        try
        {
            var state = await GetAuthenticationStateAsync();
            if (state.User.FindFirstValue(options.Value.ClaimsIdentity.UserIdClaimType) == userId)
            {
                SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()))));
            }
        }
        catch (InvalidOperationException)
        {
            // The circuit has no state yet (still starting): its first request is checked against the new stamp anyway.
        }
    }
}
