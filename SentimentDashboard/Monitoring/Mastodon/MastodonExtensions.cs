using System.Net;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SentimentDashboard.Hosting;

namespace SentimentDashboard.Monitoring.Mastodon;

public static class MastodonExtensions
{
    /// <summary>A generous bound on one response: 40 statuses of remote servers whose posts can be very long.</summary>
    private const int MaxResponseBytes = 32 * 1024 * 1024;

    /// <summary>Registers the Mastodon <see cref="IPostSource"/>, configured by section <see cref="MastodonOptions.Section"/>.</summary>
    public static IServiceCollection AddMastodon(this IServiceCollection services)
    {
        services.AddOptions<MastodonOptions>()
            .BindSettings(MastodonOptions.Section)
            .Validate(
                o => o.HasValidTokenInstance,
                "Mastodon:AccessTokenInstance must name the host of the instance that issued Mastodon:AccessToken (e.g. mastodon.social): the token is never sent to other instances.");
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<MastodonMetrics>();
        services.TryAddSingleton<RateLimitPacer>();
        services.TryAddSingleton<AccountIds>();
        services.AddHttpClient<MastodonClient>(http =>
            {
                http.Timeout = TimeSpan.FromSeconds(30);
                http.MaxResponseContentBufferSize = MaxResponseBytes;
                http.DefaultRequestHeaders.UserAgent.ParseAdd("SentimentDashboard/1.0");
            })
            // The client lives as long as the singleton source: connections are recycled by age (for DNS changes)
            // rather than by rotating handlers, which a captured HttpClient would never see.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                AutomaticDecompression = DecompressionMethods.All,
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.AddSingleton<IPostSource, MastodonSource>();
        return services;
    }
}
