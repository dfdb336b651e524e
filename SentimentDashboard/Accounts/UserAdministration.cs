using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SentimentDashboard.Audit;

namespace SentimentDashboard.Accounts;

/// <summary>
/// What admins do to accounts, each action audited with the account before and after. The last enabled admin can be
/// neither disabled nor made an analyst, so the dashboard always has someone who can manage it. Each call works in a
/// scope of its own: a page's circuit lives for hours, and a user manager kept that long would hold stale accounts.
/// </summary>
public sealed class UserAdministration(IServiceScopeFactory scopes, AuditLog audit, AccountSignals signals, TimeProvider time)
{
    private const string PasswordAlphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public async Task<bool> AnyAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await Users(scope).Users.AnyAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<UserRow>> ListAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = Users(scope);
        var all = await users.Users.OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var rows = new List<UserRow>(all.Count);
        foreach (var user in all)
        {
            rows.Add(await RowAsync(users, user));
        }

        return rows;
    }

    public async Task<IdentityResult> CreateAsync(string email, string password, string role, string actor, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = Users(scope);
        var user = new DashboardUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAt = time.GetUtcNow() };
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, role);
        }

        if (result.Succeeded)
        {
            await audit.WriteAsync(new AuditRecord(actor, AuditActions.UserCreated, email, After: await RowAsync(users, user)), cancellationToken);
        }

        return result;
    }

    /// <summary>Creates an account with a random password, returned to be passed on once.</summary>
    public async Task<(IdentityResult Result, string? Password)> CreateWithNewPasswordAsync(string email, string role, string actor, CancellationToken cancellationToken)
    {
        var password = NewPassword();
        var result = await CreateAsync(email, password, role, actor, cancellationToken);
        return (result, result.Succeeded ? password : null);
    }

    public Task<IdentityResult> SetRoleAsync(string userId, string role, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(userId, actor, AuditActions.RoleChanged, cancellationToken, async (users, user) =>
        {
            if (role != Roles.Admin && await IsLastAdminAsync(users, user))
            {
                return Failure("The last enabled admin cannot be made an analyst.");
            }

            var result = await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
            return result.Succeeded ? await users.AddToRoleAsync(user, role) : result;
        });

    public Task<IdentityResult> SetDisabledAsync(string userId, bool disabled, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(userId, actor, disabled ? AuditActions.UserDisabled : AuditActions.UserEnabled, cancellationToken, async (users, user) =>
        {
            if (disabled && await IsLastAdminAsync(users, user))
            {
                return Failure("The last enabled admin cannot be disabled.");
            }

            user.Disabled = disabled;
            return await users.UpdateAsync(user);
        });

    /// <summary>Gives the user a new random password, returned to be passed on once; their sessions end.</summary>
    public async Task<(IdentityResult Result, string? Password)> ResetPasswordAsync(string userId, string actor, CancellationToken cancellationToken)
    {
        var password = NewPassword();
        var result = await ChangeAsync(userId, actor, AuditActions.PasswordReset, cancellationToken, async (users, user) =>
        {
            var removed = await users.RemovePasswordAsync(user);
            return removed.Succeeded ? await users.AddPasswordAsync(user, password) : removed;
        });
        return (result, result.Succeeded ? password : null);
    }

    private static string NewPassword() => RandomNumberGenerator.GetString(PasswordAlphabet, 20);

    private async Task<IdentityResult> ChangeAsync(
        string userId, string actor, string action, CancellationToken cancellationToken, Func<UserManager<DashboardUser>, DashboardUser, Task<IdentityResult>> change)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = Users(scope);
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return Failure("That user no longer exists.");
        }

        var before = await RowAsync(users, user);
        var result = await change(users, user);
        if (!result.Succeeded)
        {
            return result;
        }

        // A new stamp ends the user's sessions: cookies are checked against it, open circuits are told now.
        await users.UpdateSecurityStampAsync(user);
        signals.SignOut(user.Id);
        await audit.WriteAsync(new AuditRecord(actor, action, user.Email, before, await RowAsync(users, user)), cancellationToken);
        return result;
    }

    private static UserManager<DashboardUser> Users(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();

    private static async Task<bool> IsLastAdminAsync(UserManager<DashboardUser> users, DashboardUser user)
    {
        if (user.Disabled || !await users.IsInRoleAsync(user, Roles.Admin))
        {
            return false;
        }

        var admins = await users.GetUsersInRoleAsync(Roles.Admin);
        return admins.Count(admin => !admin.Disabled) <= 1;
    }

    private async Task<UserRow> RowAsync(UserManager<DashboardUser> users, DashboardUser user)
    {
        var roles = await users.GetRolesAsync(user);
        var lockedOut = user.LockoutEnd is { } end && end > time.GetUtcNow() ? end : (DateTimeOffset?)null;
        return new UserRow(user.Id, user.Email ?? "", roles.FirstOrDefault() ?? "", user.Disabled, lockedOut, user.CreatedAt, user.LastSignInAt);
    }

    private static IdentityResult Failure(string description) => IdentityResult.Failed(new IdentityError { Code = "Refused", Description = description });
}
