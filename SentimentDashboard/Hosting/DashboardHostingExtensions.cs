using SentimentDashboard.Api;
using SentimentDashboard.Classification;
using SentimentDashboard.Components;

namespace SentimentDashboard.Hosting;

public static class DashboardHostingExtensions
{
    public static WebApplicationBuilder AddSentimentDashboard(this WebApplicationBuilder builder)
    {
        builder.Services.AddClassification();
        builder.Services.AddDashboardApi();
        builder.Services.AddDashboardComponents();
        return builder;
    }

    public static WebApplication UseSentimentDashboard(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
        }

        app.MapGet("/health", () => Results.Json(new { status = "ok" }));
        app.MapDashboardApi();
        app.MapDashboardComponents();
        return app;
    }
}
