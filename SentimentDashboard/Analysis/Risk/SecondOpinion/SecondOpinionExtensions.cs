using SentimentDashboard.Hosting;

namespace SentimentDashboard.Analysis.Risk.SecondOpinion;

public static class SecondOpinionExtensions
{
    /// <summary>The optional LLM second opinion on risky items (off unless SecondOpinion:Enabled).</summary>
    public static IServiceCollection AddSecondOpinion(this IServiceCollection services)
    {
        services.AddOptions<SecondOpinionOptions>().BindSettings(SecondOpinionOptions.Section);
        services.AddSingleton<SecondOpinionClient>();
        return services;
    }
}
