using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace SentimentDashboard.Accounts;

/// <summary>
/// At start, after the database: makes sure both roles exist and, on a database without users, creates the first
/// admin from <see cref="AccountOptions"/>, or prints a one-time setup link once the server listens.
/// </summary>
internal sealed partial class FirstAdmin(
    IServiceScopeFactory scopes,
    UserAdministration users,
    IOptions<AccountOptions> options,
    SetupLink setupLink,
    IHostApplicationLifetime lifetime,
    IServer server,
    ILogger<FirstAdmin> logger) : IHostedService
{
    public const string SetupPath = "account/setup";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All.Where(role => !roles.Roles.Any(r => r.Name == role)))
        {
            Check(await roles.CreateAsync(new IdentityRole(role)), $"creating the role {role}");
        }

        if (await users.AnyAsync(cancellationToken))
        {
            return;
        }

        var settings = options.Value;
        if (!string.IsNullOrEmpty(settings.AdminEmail) && !string.IsNullOrEmpty(settings.AdminPassword))
        {
            var result = await users.CreateAsync(settings.AdminEmail, settings.AdminPassword, Roles.Admin, "configuration", cancellationToken);
            Check(result, "creating the first admin from Dashboard:AdminEmail and Dashboard:AdminPassword");
            LogCreated(logger, settings.AdminEmail);
            return;
        }

        var minutes = settings.SetupLinkMinutes;
        var token = setupLink.Create(TimeSpan.FromMinutes(minutes));
        lifetime.ApplicationStarted.Register(() => LogSetupLink(logger, $"{BaseAddress()}/{SetupPath}?token={token}", minutes));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Failed {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    /// <summary>The first address the server listens on, with a host a browser can open in place of a wildcard.</summary>
    private string BaseAddress()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost:5000";
        return address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal).Replace("://[::]", "://localhost", StringComparison.Ordinal)
            .TrimEnd('/');
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the first admin {Email} from configuration")]
    private static partial void LogCreated(ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No account exists yet. Create the first admin within {Minutes} minutes at {Link} (the link works once; a restart prints a new one). Or start with Dashboard:AdminEmail and Dashboard:AdminPassword set.")]
    private static partial void LogSetupLink(ILogger logger, string link, int minutes);
}
