using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SentimentDashboard.Hosting;

namespace SentimentDashboard.Audio;

public static class AudioExtensions
{
    private const string ResolverClient = "Audio.StreamResolver";

    /// <summary>
    /// Registers <see cref="IAudioCapture"/> (ffmpeg), <see cref="IStreamResolver"/> and <see cref="MediaTools"/>,
    /// configured by section <see cref="CaptureOptions.Section"/>.
    /// </summary>
    public static IServiceCollection AddAudio(this IServiceCollection services)
    {
        services.AddOptions<CaptureOptions>().BindSettings(CaptureOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(ResolverClient, http =>
            {
                // Each probe sets its own deadline (CaptureOptions.ProbeTimeoutSeconds).
                http.Timeout = Timeout.InfiniteTimeSpan;
                http.DefaultRequestHeaders.UserAgent.ParseAdd("SentimentDashboard/1.0");
            })
            // The singleton resolver keeps its client: connections are recycled by age instead of by handler rotation.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.TryAddSingleton<MediaTools>();
        services.TryAddSingleton<IAudioCapture, FfmpegSegmentCapture>();
        services.TryAddSingleton<IStreamResolver>(provider => new StreamResolver(
            provider.GetRequiredService<IOptions<CaptureOptions>>(),
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(ResolverClient),
            provider.GetRequiredService<ILogger<StreamResolver>>()));
        return services;
    }
}
