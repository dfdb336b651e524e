using Microsoft.Extensions.DependencyInjection.Extensions;
using SentimentDashboard.Analysis.Lives;
using SentimentDashboard.Components.Dashboard;

namespace SentimentDashboard.Analysis;

public static class AnalysisExtensions
{
    public static IServiceCollection AddAnalysis(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DashboardQueries>();
        services.AddSingleton<OverviewCounts>();
        services.AddSingleton<RecentSample>();
        services.AddSingleton<OverviewLoader>();
        services.AddSingleton<LiveQueries>();
        services.AddSingleton<DashboardRefresh>();
        return services;
    }
}
