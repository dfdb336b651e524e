using SentimentDashboard.Accounts;
using SentimentDashboard.Alerts;
using SentimentDashboard.Review;

namespace SentimentDashboard.Api;

public static class ApiExtensions
{
    public static IServiceCollection AddDashboardApi(this IServiceCollection services)
    {
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section);
        services.AddProblemDetails();
        services.AddOpenApi();
        return services;
    }

    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").RequireAuthorization(Policies.ApiRead).DisableAntiforgery();
        api.MapPost("/predict", PredictEndpoint.HandleAsync);
        api.MapGet("/posts.csv", PostsCsvEndpoint.HandleAsync);
        api.MapMonitors();
        api.MapOverview();
        api.MapAlerts(endpoints);
        api.MapReview(endpoints);

        // The dashboard's own export buttons: the same stream, for whoever may use the dashboard.
        endpoints.MapGet("/export/posts.csv", PostsCsvEndpoint.HandleAsync).ExcludeFromDescription().RequireAuthorization(Policies.Analyst);
        endpoints.MapGet("/export/lives.csv", LivesCsvEndpoint.HandleAsync).ExcludeFromDescription().RequireAuthorization(Policies.Analyst);

        endpoints.MapOpenApi().RequireAuthorization(Policies.ApiRead);
        return endpoints;
    }
}
