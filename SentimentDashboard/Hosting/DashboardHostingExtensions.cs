namespace SentimentDashboard.Hosting;

public static class DashboardHostingExtensions
{
    public static WebApplicationBuilder AddSentimentDashboard(this WebApplicationBuilder builder)
    {
        return builder;
    }

    public static WebApplication UseSentimentDashboard(this WebApplication app)
    {
        app.MapGet("/health", () => Results.Json(new { status = "ok" }));
        return app;
    }
}
