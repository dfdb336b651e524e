namespace SentimentDashboard.Classification;

public static class ClassificationExtensions
{
    public static IServiceCollection AddClassification(this IServiceCollection services)
    {
        services.AddOptions<ModelsOptions>()
            .BindConfiguration(ModelsOptions.Section)
            .Validate(o => string.IsNullOrWhiteSpace(o.Directory) || System.IO.Directory.Exists(o.Directory), "Models:Directory does not exist")
            .ValidateOnStart();
        services.AddSingleton<ModelCatalog>();
        services.AddSingleton<ITextAnalyzer, ModelTextAnalyzer>();
        return services;
    }
}
