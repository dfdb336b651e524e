using System.Threading.Channels;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Monitoring.Mastodon;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Monitoring.Mastodon;

/// <summary>
/// The Mastodon source as the app registers it (<see cref="MastodonExtensions.AddMastodon"/>), on a manual clock,
/// running one monitor at a time into a bounded channel that waits, as the pipeline's does.
/// </summary>
internal sealed class MastodonHarness : IAsyncDisposable
{
    public const long MonitorId = 7;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly ServiceProvider services;
    private CancellationTokenSource? stop;
    private Task? run;

    public MastodonHarness(IDictionary<string, string?>? settings = null)
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build());
        collection.AddLogging(logging => logging.AddProvider(Logs));
        collection.AddSingleton<TimeProvider>(Time);
        collection.AddMastodon();
        services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Source = services.GetServices<IPostSource>().Single(s => s.Kind == MonitorKind.Mastodon);
    }

    public ManualTimeProvider Time { get; } = new();

    public LogCollector Logs { get; } = new();

    public IPostSource Source { get; }

    public MonitorStatusRecorder Status { get; private set; } = new();

    public Channel<RawPost> Output { get; private set; } = NewOutput();

    public IServiceProvider Services => services;

    /// <summary>Starts a run of a monitor on <paramref name="target"/>; a previous run must be stopped first.</summary>
    public void Start(string target, string? cursor = null)
    {
        Status = new MonitorStatusRecorder();
        Output = NewOutput();
        stop = new CancellationTokenSource();
        var monitor = new MonitorDefinition(MonitorId, MonitorKind.Mastodon, target, cursor);
        run = Task.Run(() => Source.RunAsync(monitor, Output.Writer, Status, stop.Token));
    }

    /// <summary>Cancels the run; it must end by itself, without throwing.</summary>
    public async Task StopAsync()
    {
        if (run is not null)
        {
            await stop!.CancelAsync();
            await run.WaitAsync(Patience);
            stop.Dispose();
            run = null;
        }
    }

    /// <summary>Reads <paramref name="count"/> posts, firing every timer meanwhile, so backoffs and pauses take no time.</summary>
    public async Task<List<RawPost>> ReadSkippingWaitsAsync(int count)
    {
        var reading = ReadAsync(count);
        await Time.SkipWaitsUntilAsync(reading).WaitAsync(Patience);
        return await reading;
    }

    /// <summary>Reads <paramref name="count"/> posts without touching the clock.</summary>
    public async Task<List<RawPost>> ReadAsync(int count)
    {
        var posts = new List<RawPost>(count);
        using var timeout = new CancellationTokenSource(Patience);
        while (posts.Count < count)
        {
            posts.Add(await Output.Reader.ReadAsync(timeout.Token));
        }

        return posts;
    }

    /// <summary>The posts written so far and not read yet.</summary>
    public List<RawPost> Drain()
    {
        var posts = new List<RawPost>();
        while (Output.Reader.TryRead(out var post))
        {
            posts.Add(post);
        }

        return posts;
    }

    /// <summary>Lets the pending wait (the poll interval) pass, then waits until the poll is over and the next one is scheduled.</summary>
    public async Task PollAgainAsync()
    {
        Time.Advance(await Time.WaitForTimerAsync().WaitAsync(Patience));
        await Time.WaitForTimerAsync().WaitAsync(Patience);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await services.DisposeAsync();
    }

    private static Channel<RawPost> NewOutput() =>
        Channel.CreateBounded<RawPost>(new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });
}
