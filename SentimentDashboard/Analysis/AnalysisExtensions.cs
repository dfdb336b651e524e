using Microsoft.Extensions.DependencyInjection.Extensions;
using SentimentDashboard.Components.Dashboard;

namespace SentimentDashboard.Analysis;

public static class AnalysisExtensions
{
    public static IServiceCollection AddAnalysis(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DashboardQueries>();
        services.AddSingleton<DashboardRefresh>();
        return services;
    }
}
