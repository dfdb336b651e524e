using SentimentDashboard.Hosting;

namespace SentimentDashboard.Classification;

public static class ClassificationExtensions
{
    public static IServiceCollection AddClassification(this IServiceCollection services)
    {
        services.AddOptions<ModelsOptions>().BindSettings(ModelsOptions.Section);
        services.AddSingleton<ModelCatalog>();
        services.AddSingleton<ITextAnalyzer, ModelTextAnalyzer>();
        return services;
    }
}
