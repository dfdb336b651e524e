using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SentimentDashboard.Analysis.Risk;
using SentimentDashboard.Hosting;
using SentimentDashboard.Monitoring;

namespace SentimentDashboard.Pipeline;

public static class PipelineExtensions
{
    /// <summary>Queues, stages, metrics and the live hub. Registered after AddData: stages start after the database is ready and stop before it.</summary>
    public static IServiceCollection AddPipeline(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<PipelineOptions>().BindSettings(PipelineOptions.Section);
        services.AddSingleton(provider => new ChannelQueue<RawPost>(provider.GetRequiredService<IOptions<PipelineOptions>>().Value.RawCapacity));
        services.AddSingleton(provider => new ChannelQueue<ScoredPost>(provider.GetRequiredService<IOptions<PipelineOptions>>().Value.ScoredCapacity));
        services.AddRiskAnalysis();
        services.AddSingleton<PipelineMetrics>();
        services.AddSingleton<LiveHub>();
        services.AddSingleton<PostBatchWriter>();
        services.AddHostedService<StoreStage>();
        services.AddHostedService<ClassifyStage>();
        return services;
    }
}
