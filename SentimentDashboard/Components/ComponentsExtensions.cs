using MudBlazor.Services;
using Radzen;
using SentimentDashboard.Components.Layout;

namespace SentimentDashboard.Components;

public static class ComponentsExtensions
{
    public static IServiceCollection AddDashboardComponents(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddRadzenComponents();
        services.AddScoped<ViewerPreferences>();
        return services;
    }

    public static WebApplication MapDashboardComponents(this WebApplication app)
    {
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
