using Microsoft.AspNetCore.Identity;
using MudBlazor;
using SentimentDashboard.Accounts;

namespace SentimentDashboard.Components.Admin;

/// <summary>Admins add users, change their role, reset their password and disable or enable them; each outcome in a snackbar.</summary>
public sealed partial class Users(UserAdministration administration, IDialogService dialogs)
{
    private IReadOnlyList<UserRow> users = [];
    private string? newEmail;
    private string newRole = Roles.Analyst;
    private bool busy;

    protected override async Task OnInitializedAsync() => users = await administration.ListAsync(CancellationToken.None);

    private Task AddAsync() => RunAsync(async actor =>
    {
        var email = newEmail?.Trim() ?? "";
        if (!new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email) || email.Length == 0)
        {
            Snackbar.Add("Give the new user's email address.", Severity.Warning);
            return;
        }

        var (result, password) = await administration.CreateWithNewPasswordAsync(email, newRole, actor, CancellationToken.None);
        if (Report(result, $"Added {email} as {newRole}."))
        {
            newEmail = null;
            await SecretDialog.ShowAsync(dialogs, $"Password for {email}", "Password", $"Give it to {email} over a safe channel.", password!);
        }
    });

    private Task SetRoleAsync(UserRow user, string role) => RunAsync(async actor =>
        Report(await administration.SetRoleAsync(user.Id, role, actor, CancellationToken.None), $"{user.Email} is now {role}; their sessions ended."));

    private Task SetDisabledAsync(UserRow user, bool disabled) => RunAsync(async actor =>
        Report(await administration.SetDisabledAsync(user.Id, disabled, actor, CancellationToken.None),
            disabled ? $"Disabled {user.Email}: their open pages are signed out." : $"Enabled {user.Email}."));

    private Task ResetPasswordAsync(UserRow user) => RunAsync(async actor =>
    {
        var (result, password) = await administration.ResetPasswordAsync(user.Id, actor, CancellationToken.None);
        if (Report(result, $"Reset the password of {user.Email}; their sessions ended."))
        {
            await SecretDialog.ShowAsync(dialogs, $"New password for {user.Email}", "Password", $"Give it to {user.Email} over a safe channel.", password!);
        }
    });

    /// <summary>Runs an admin action as the signed-in admin, checked here on the server, then reloads the list.</summary>
    private async Task RunAsync(Func<string, Task> action)
    {
        if (await AdminAsync("Only admins manage users.") is not { } user)
        {
            return;
        }

        busy = true;
        try
        {
            await action(user.Actor);
            users = await administration.ListAsync(CancellationToken.None);
        }
        finally
        {
            busy = false;
        }
    }

    private bool Report(IdentityResult result, string done)
    {
        Snackbar.Add(result.Succeeded ? done : string.Join(" ", result.Errors.Select(e => e.Description)), result.Succeeded ? Severity.Success : Severity.Error);
        return result.Succeeded;
    }
}
