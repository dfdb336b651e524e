using Microsoft.Extensions.DependencyInjection.Extensions;
using SentimentDashboard.Hosting;

namespace SentimentDashboard.Monitoring.Bluesky;

public static class BlueskyExtensions
{
    /// <summary>Registers the Bluesky <see cref="IPostSource"/> and its shared Jetstream connection, configured by section <see cref="BlueskyOptions.Section"/>.</summary>
    public static IServiceCollection AddBluesky(this IServiceCollection services)
    {
        services.AddOptions<BlueskyOptions>().BindSettings(BlueskyOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<BlueskyMetrics>();
        services.TryAddSingleton<JetstreamFeed>();
        services.AddSingleton<IPostSource, BlueskySource>();
        return services;
    }
}
