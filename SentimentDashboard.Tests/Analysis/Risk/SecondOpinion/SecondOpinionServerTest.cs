using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SentimentDashboard.Analysis.Risk.SecondOpinion;
using SentimentDashboard.Tests.Fakes;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Analysis.Risk.SecondOpinion;

/// <summary>A <see cref="FakeChatCompletionsServer"/> per test, and clients of it that log into <see cref="Logs"/>.</summary>
public abstract class SecondOpinionServerTest : IAsyncLifetime
{
    private readonly List<SecondOpinionClient> clients = [];
    private ILoggerFactory loggers = null!;

    protected FakeChatCompletionsServer Server { get; private set; } = null!;

    protected LogCollector Logs { get; } = new();

    public async Task InitializeAsync()
    {
        Server = await FakeChatCompletionsServer.StartAsync();
        loggers = LoggerFactory.Create(logging => logging.AddProvider(Logs));
    }

    public async Task DisposeAsync()
    {
        clients.ForEach(c => c.Dispose());
        loggers.Dispose();
        await Server.DisposeAsync();
    }

    /// <summary>A client of the fake server with its key, as <paramref name="change"/> amends it, on <paramref name="time"/> (the real clock by default).</summary>
    protected SecondOpinionClient Client(Action<SecondOpinionOptions>? change = null, TimeProvider? time = null)
    {
        var options = new SecondOpinionOptions
        {
            Enabled = true, BaseUrl = Server.BaseUrl, Model = "llama-test", ApiKey = FakeChatCompletionsServer.Key, TimeoutSeconds = 10,
        };
        change?.Invoke(options);
        var client = new SecondOpinionClient(Options.Create(options), time ?? TimeProvider.System, loggers.CreateLogger<SecondOpinionClient>());
        clients.Add(client);
        return client;
    }

    /// <summary>Asks on a manual clock, skipping every wait the client asks for (Retry-After, backoff); returns the result and those waits.</summary>
    protected async Task<(SecondOpinionResult Result, IReadOnlyList<TimeSpan> Waits)> AskSkippingWaitsAsync(Action<SecondOpinionOptions>? change = null)
    {
        var time = new ManualTimeProvider();
        var asking = Client(change, time).AskAsync("They should all be sent back where they came from.", CancellationToken.None);
        await time.SkipWaitsUntilAsync(asking);
        return (await asking, time.ArmedDelays);
    }
}
