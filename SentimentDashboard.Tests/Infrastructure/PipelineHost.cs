using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SentimentDashboard.Alerts;
using SentimentDashboard.Audio;
using SentimentDashboard.Audit;
using SentimentDashboard.Classification;
using SentimentDashboard.Data;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Monitoring.Bluesky;
using SentimentDashboard.Monitoring.Live;
using SentimentDashboard.Monitoring.Rss;
using SentimentDashboard.Pipeline;
using SentimentDashboard.Review;
using SentimentDashboard.Transcription;

namespace SentimentDashboard.Tests.Infrastructure;

/// <summary>
/// The app's data path without the web server: models, database, pipeline and monitoring as registered by the app,
/// on a real SQLite file. Start several on the same file one after another to test restarts.
/// </summary>
public sealed class PipelineHost : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly IHost _host;

    private PipelineHost(IHost host, LogCollector logs)
    {
        _host = host;
        Logs = logs;
    }

    public LogCollector Logs { get; }

    public IServiceProvider Services => _host.Services;

    public LiveHub Hub => Get<LiveHub>();

    public PipelineMetrics Metrics => Get<PipelineMetrics>();

    public MonitorRegistry Registry => Get<MonitorRegistry>();

    public ChannelQueue<RawPost> Input => Get<ChannelQueue<RawPost>>();

    public static async Task<PipelineHost> StartAsync(string databasePath, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Path"] = databasePath, ["Monitors:SeedDemo"] = "false" });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        var logs = new LogCollector();
        builder.Logging.ClearProviders().AddProvider(logs);
        builder.Services.AddClassification().AddData().AddAudit().AddPipeline().AddMonitoring().AddBluesky().AddRss().AddAudio().AddTranscription().AddLiveMonitoring().AddAlerts().AddReview();
        var host = builder.Build();
        await host.StartAsync();
        return new PipelineHost(host, logs);
    }

    public T Get<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();

    public async Task<DashboardDbContext> CreateDbContextAsync() =>
        await Get<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();

    /// <summary>Completes when <paramref name="condition"/> holds, checked now and after every committed batch.</summary>
    public async Task WaitForCommitAsync(Func<bool> condition)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = Hub.Subscribe(_ =>
        {
            if (condition())
            {
                reached.TrySetResult();
            }
        });
        if (condition())
        {
            return;
        }

        await reached.Task.WaitAsync(Timeout);
    }

    /// <summary>
    /// Sends a marker post of <paramref name="monitorId"/> through the pipeline and completes once it is committed: the
    /// stages keep order, so every post written before this call is stored by then. Returns the marker's source id.
    /// </summary>
    public async Task<string> FlushAsync(long monitorId)
    {
        var marker = $"flush-{Guid.NewGuid():N}";
        var stored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = Hub.Subscribe(batch =>
        {
            if (batch.Added.Any(p => p.SourceId == marker))
            {
                stored.TrySetResult();
            }
        });
        await Input.Writer.WriteAsync(Posts.Raw(monitorId, marker) with { Cursor = null });
        await stored.Task.WaitAsync(Timeout);
        return marker;
    }

    /// <summary>Waits until the store has handled <paramref name="count"/> posts since start (new or duplicate).</summary>
    public Task WaitForStoredAsync(long count) => WaitForCommitAsync(() => Metrics.Store.Processed >= count);

    public Task StopAsync() => _host.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
