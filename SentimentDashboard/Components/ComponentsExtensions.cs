using Radzen;

namespace SentimentDashboard.Components;

public static class ComponentsExtensions
{
    public static IServiceCollection AddDashboardComponents(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddRadzenComponents();
        return services;
    }

    public static WebApplication MapDashboardComponents(this WebApplication app)
    {
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
