using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using SentimentDashboard.Accounts;
using SentimentDashboard.Components.Layout;

namespace SentimentDashboard.Tests.Infrastructure;

/// <summary>
/// A bunit context with MudBlazor's services and the viewer's preferences, for component tests without a browser,
/// signed in as an admin (<see cref="Authorization"/> changes that; sign-in itself is tested in a browser).
/// MudBlazor's services only dispose asynchronously, so xunit disposes the context through <see cref="IAsyncLifetime"/>.
/// </summary>
public abstract class ComponentTestContext : BunitContext, IAsyncLifetime
{
    protected ComponentTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddScoped<ViewerPreferences>();
        Authorization = AddAuthorization();
        Authorization.SetAuthorized(TestAccounts.AdminEmail);
        Authorization.SetRoles(Roles.Admin);
    }

    protected BunitAuthorizationContext Authorization { get; }

    protected ViewerPreferences Preferences => Services.GetRequiredService<ViewerPreferences>();

    /// <summary>Renders as the server does once the circuit is up (pages disable their inputs until then); derived contexts add their services first.</summary>
    public virtual Task InitializeAsync()
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await DisposeFixturesAsync();
    }

    /// <summary>Ends what a derived context started, after its components are gone.</summary>
    protected virtual Task DisposeFixturesAsync() => Task.CompletedTask;
}
