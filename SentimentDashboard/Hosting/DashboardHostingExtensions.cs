using SentimentDashboard.Accounts;
using SentimentDashboard.Alerts;
using SentimentDashboard.Analysis;
using SentimentDashboard.Api;
using SentimentDashboard.Audit;
using SentimentDashboard.Audio;
using SentimentDashboard.Classification;
using SentimentDashboard.Components;
using SentimentDashboard.Data;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Monitoring.Bluesky;
using SentimentDashboard.Monitoring.Live;
using SentimentDashboard.Monitoring.Mastodon;
using SentimentDashboard.Monitoring.Rss;
using SentimentDashboard.Pipeline;
using SentimentDashboard.Review;
using SentimentDashboard.Transcription;

namespace SentimentDashboard.Hosting;

public static class DashboardHostingExtensions
{
    public static WebApplicationBuilder AddSentimentDashboard(this WebApplicationBuilder builder)
    {
        // Serve package assets (MudBlazor's and Plotly's styles and scripts, blazor.web.js) from the build output in every
        // environment, not only in Development: the README's run command starts the app from its build, unpublished.
        builder.WebHost.UseStaticWebAssets();
        // Every source logs its own failures in one line; HttpClient's handlers would add two stack traces per retry.
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        builder.Services.AddClassification();
        builder.Services.AddData();
        builder.Services.AddAudit();
        builder.Services.AddAccounts();
        builder.Services.AddPipeline();
        builder.Services.AddMonitoring();
        builder.Services.AddMastodon();
        builder.Services.AddBluesky();
        builder.Services.AddRss();
        builder.Services.AddAudio();
        builder.Services.AddTranscription();
        builder.Services.AddLiveMonitoring();
        builder.Services.AddAnalysis();
        builder.Services.AddAlerts();
        builder.Services.AddReview();
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

        app.UseSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseAccounts();
        app.UseAntiforgery();

        app.MapGet("/health", () => Results.Json(new { status = "ok" })).AllowAnonymous();
        app.MapAccounts();
        app.MapAudit();
        app.MapDashboardApi();
        app.MapDashboardComponents();
        return app;
    }
}
