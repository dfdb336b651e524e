using SentimentDashboard.Hosting;

namespace SentimentDashboard.Review;

public static class ReviewExtensions
{
    /// <summary>The review queue: high-risk items wait for a person's decision, kept for retraining.</summary>
    public static IServiceCollection AddReview(this IServiceCollection services)
    {
        services.AddOptions<ReviewOptions>().BindSettings(ReviewOptions.Section);
        services.AddSingleton<ReviewQueue>();
        services.AddSingleton<ReviewNotices>();
        services.AddSingleton<ReviewSecondOpinions>();
        services.AddHostedService(provider => provider.GetRequiredService<ReviewSecondOpinions>());
        services.AddSingleton<ReviewQueueFeeder>();
        services.AddHostedService(provider => provider.GetRequiredService<ReviewQueueFeeder>());
        return services;
    }
}
