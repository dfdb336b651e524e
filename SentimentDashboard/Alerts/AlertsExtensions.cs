using SentimentDashboard.Hosting;

namespace SentimentDashboard.Alerts;

public static class AlertsExtensions
{
    public static IServiceCollection AddAlerts(this IServiceCollection services)
    {
        services.AddOptions<AlertsOptions>().BindSettings(AlertsOptions.Section);
        services.AddSingleton<AlertRuleStore>();
        services.AddSingleton<AlertWriter>();
        services.AddSingleton<AlertCatchUp>();
        services.AddSingleton<AlertNotices>();
        services.AddSingleton<AlertQueries>();
        services.AddHttpClient(WebhookSender.Client);
        services.AddSingleton<WebhookSender>();
        services.AddHostedService(provider => provider.GetRequiredService<WebhookSender>());
        services.AddSingleton<AlertEvaluator>();
        services.AddHostedService(provider => provider.GetRequiredService<AlertEvaluator>());
        return services;
    }
}
