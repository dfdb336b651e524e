using Microsoft.Extensions.DependencyInjection.Extensions;
using SentimentDashboard.Hosting;
using SentimentDashboard.Monitoring.Replay;

namespace SentimentDashboard.Monitoring;

public static class MonitoringExtensions
{
    /// <summary>The registry, status board and monitoring service, and the replay source. Other sources add an <see cref="IPostSource"/>.</summary>
    public static IServiceCollection AddMonitoring(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<MonitoringOptions>().BindSettings(MonitoringOptions.Section);
        services.AddOptions<ReplayOptions>().BindSettings(ReplayOptions.Section);
        services.AddSingleton<MonitorSignals>();
        services.AddSingleton<MonitorStatusBoard>();
        services.AddSingleton<IMonitorStatus>(provider => provider.GetRequiredService<MonitorStatusBoard>());
        services.AddSingleton<MonitorRegistry>();
        services.AddSingleton<IPostSource, ReplaySource>();
        services.AddSingleton<ReplayUploads>();
        services.AddHostedService<MonitoringService>();
        return services;
    }
}
