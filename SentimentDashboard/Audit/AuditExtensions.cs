using SentimentDashboard.Accounts;

namespace SentimentDashboard.Audit;

public static class AuditExtensions
{
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddSingleton<AuditLog>();
        services.AddSingleton<AuditQueries>();
        services.AddSingleton<AuditedMonitors>();
        return services;
    }

    /// <summary>The audit log's CSV export, for admins, with the Audit page's filter.</summary>
    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/export/audit.csv", AuditCsvEndpoint.HandleAsync).ExcludeFromDescription().RequireAuthorization(Policies.Admin);
        return endpoints;
    }
}
