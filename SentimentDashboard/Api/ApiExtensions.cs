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
        var api = endpoints.MapGroup("/api").AddEndpointFilter<ApiKeyFilter>().DisableAntiforgery();
        api.MapPost("/predict", PredictEndpoint.HandleAsync);
        api.MapGet("/posts.csv", PostsCsvEndpoint.HandleAsync);
        api.MapOverview();

        // The dashboard's own export buttons: the same stream, for whoever may use the dashboard.
        endpoints.MapGet("/export/posts.csv", PostsCsvEndpoint.HandleAsync).ExcludeFromDescription();
        endpoints.MapGet("/export/lives.csv", LivesCsvEndpoint.HandleAsync).ExcludeFromDescription();

        // The API's description at /openapi/v1.json, open like /health: it says what exists, not what is stored.
        endpoints.MapOpenApi();
        return endpoints;
    }
}
