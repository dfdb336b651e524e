using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using SentimentDashboard.Components.Layout;

namespace SentimentDashboard.Tests.Infrastructure;

/// <summary>
/// A bunit context with MudBlazor's services and the viewer's preferences, for component tests without a browser.
/// MudBlazor's services only dispose asynchronously, so xunit disposes the context through <see cref="IAsyncLifetime"/>.
/// </summary>
public abstract class ComponentTestContext : BunitContext, IAsyncLifetime
{
    protected ComponentTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddScoped<ViewerPreferences>();
    }

    protected ViewerPreferences Preferences => Services.GetRequiredService<ViewerPreferences>();

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
}
