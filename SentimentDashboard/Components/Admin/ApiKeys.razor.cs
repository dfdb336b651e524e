using MudBlazor;
using SentimentDashboard.Api.Keys;

namespace SentimentDashboard.Components.Admin;

/// <summary>Admins create API keys (shown once), see when each was last used, and revoke them.</summary>
public sealed partial class ApiKeys(ApiKeyStore store, IDialogService dialogs)
{
    private const string Refusal = "Only admins manage API keys.";

    private IReadOnlyList<ApiKeyRow> keys = [];
    private string? name;
    private ApiKeyScope scope = ApiKeyScope.Read;
    private bool busy;

    protected override async Task OnInitializedAsync() => keys = await store.ListAsync(CancellationToken.None);

    private async Task CreateAsync()
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            Snackbar.Add("Name the key after what will use it.", Severity.Warning);
            return;
        }

        if (await AdminAsync(Refusal) is not { } admin)
        {
            return;
        }

        var key = await store.CreateAsync(name, scope, admin.Actor, CancellationToken.None);
        var created = name.Trim();
        name = null;
        keys = await store.ListAsync(CancellationToken.None);
        await SecretDialog.ShowAsync(dialogs, $"API key '{created}'", "Send it in the X-Api-Key header",
            "Copy it now into the tool that uses it.", key);
    }

    private async Task RevokeAsync(ApiKeyRow key)
    {
        var confirmed = await dialogs.ShowMessageBoxAsync("Revoke this key?", $"Calls with '{key.Name}' will be refused from now on. This cannot be undone.",
            yesText: "Revoke", cancelText: "Cancel");
        if (confirmed != true || await AdminAsync(Refusal) is not { } admin)
        {
            return;
        }

        busy = true;
        var revoked = await store.RevokeAsync(key.Id, admin.Actor, CancellationToken.None);
        keys = await store.ListAsync(CancellationToken.None);
        busy = false;
        Snackbar.Add(revoked ? $"Revoked '{key.Name}'." : $"'{key.Name}' was already revoked.", revoked ? Severity.Success : Severity.Warning);
    }
}
