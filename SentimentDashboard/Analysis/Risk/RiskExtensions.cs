using SentimentDashboard.Analysis.Risk.SecondOpinion;
using SentimentDashboard.Hosting;

namespace SentimentDashboard.Analysis.Risk;

public static class RiskExtensions
{
    /// <summary>The risk analysis of every scored post (part of the pipeline's classify stage, and of the Playground).</summary>
    public static IServiceCollection AddRiskAnalysis(this IServiceCollection services)
    {
        services.AddOptions<RiskOptions>().BindSettings(RiskOptions.Section);
        services.AddSingleton<ModelCalibration>();
        services.AddSingleton<HateTargetDetector>();
        services.AddSingleton<RiskAssessor>();
        services.AddSingleton<TextRiskAnalyzer>();
        services.AddSecondOpinion();
        return services;
    }
}
