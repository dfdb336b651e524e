using MudBlazor;
using MudBlazor.Services;
using SentimentDashboard.Components.Layout;

namespace SentimentDashboard.Components;

public static class ComponentsExtensions
{
    public static IServiceCollection AddDashboardComponents(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        // Outcomes of actions show bottom right, clear of the page's own buttons at the top.
        services.AddMudServices(mud => mud.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight);
        services.AddScoped<ViewerPreferences>();
        return services;
    }

    public static WebApplication MapDashboardComponents(this WebApplication app)
    {
        // Styles, scripts and fonts are public: the sign-in page needs them before anyone has signed in.
        app.MapStaticAssets().AllowAnonymous();
        // The app's own policy (Hosting/SecurityHeaders) already forbids framing; Blazor's frame-ancestors header would be a second one.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(server => server.ContentSecurityFrameAncestorsPolicy = null);
        return app;
    }
}
