using Bunit;
using Microsoft.EntityFrameworkCore;
using SentimentDashboard.Analysis;
using SentimentDashboard.Data;

namespace SentimentDashboard.Tests.Infrastructure;

/// <summary>
/// A bunit context whose components get the app's own services (registry, uploads, models) from a
/// <see cref="PipelineHost"/> on a real SQLite file in a temporary directory.
/// </summary>
public abstract class DataComponentTestContext : ComponentTestContext
{
    protected TempDirectory Temp { get; } = new();

    protected PipelineHost Host { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        Host = await PipelineHost.StartAsync(Path.Combine(Temp.Path, "app.db"), new Dictionary<string, string?> { ["Replay:UploadFolder"] = Path.Combine(Temp.Path, "uploads") });
        Services.AddFallbackServiceProvider(Host.Services);
        await base.InitializeAsync();
    }

    protected DashboardQueries Queries() => new(Host.Get<IDbContextFactory<DashboardDbContext>>(), TimeProvider.System);

    protected override async Task DisposeFixturesAsync()
    {
        await Host.DisposeAsync();
        Temp.Dispose();
    }
}
