using Microsoft.Extensions.DependencyInjection.Extensions;
using SentimentDashboard.Hosting;

namespace SentimentDashboard.Monitoring.Live;

public static class LiveExtensions
{
    /// <summary>Registers the live-stream <see cref="IPostSource"/> (section <see cref="LiveOptions.Section"/>); needs AddAudio and AddTranscription.</summary>
    public static IServiceCollection AddLiveMonitoring(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<LiveOptions>().BindSettings(LiveOptions.Section);
        services.AddSingleton<LiveSessions>();
        services.AddSingleton<LiveReadiness>();
        services.AddHostedService(provider => provider.GetRequiredService<LiveReadiness>());
        services.AddSingleton<LiveStreamServices>();
        services.AddSingleton<IPostSource, LiveStreamSource>();
        return services;
    }
}
