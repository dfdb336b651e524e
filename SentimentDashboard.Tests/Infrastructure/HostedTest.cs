using Microsoft.EntityFrameworkCore;
using SentimentDashboard.Analysis;
using SentimentDashboard.Analysis.Lives;
using SentimentDashboard.Data;

namespace SentimentDashboard.Tests.Infrastructure;

/// <summary>A test of the app's data path (<see cref="PipelineHost"/>) on a real SQLite file in its own temporary directory.</summary>
public abstract class HostedTest : IAsyncLifetime
{
    protected TempDirectory Temp { get; } = new();

    protected PipelineHost Host { get; private set; } = null!;

    public virtual async Task InitializeAsync() => Host = await PipelineHost.StartAsync(Path.Combine(Temp.Path, "app.db"));

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Temp.Dispose();
    }

    protected DashboardQueries Queries() => new(Host.Get<IDbContextFactory<DashboardDbContext>>(), TimeProvider.System);

    protected LiveQueries Lives() => new(Host.Get<IDbContextFactory<DashboardDbContext>>(), TimeProvider.System);
}
