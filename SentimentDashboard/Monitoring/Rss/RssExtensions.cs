using System.Net;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SentimentDashboard.Hosting;

namespace SentimentDashboard.Monitoring.Rss;

public static class RssExtensions
{
    /// <summary>Registers the RSS/Atom <see cref="IPostSource"/>, configured by section <see cref="RssOptions.Section"/>.</summary>
    public static IServiceCollection AddRss(this IServiceCollection services)
    {
        services.AddOptions<RssOptions>().BindSettings(RssOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient<FeedClient>(http =>
            {
                // Each request has its own timeout (Rss:TimeoutSeconds).
                http.Timeout = Timeout.InfiniteTimeSpan;
                http.DefaultRequestHeaders.UserAgent.ParseAdd("SentimentDashboard/1.0");
            })
            // The client lives as long as the singleton source: connections are recycled by age, as for Mastodon.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                AutomaticDecompression = DecompressionMethods.All,
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.AddSingleton<IPostSource, RssSource>();
        return services;
    }
}
