using System.Net;
using System.Text.Json;
using System.Threading.Channels;

namespace SentimentDashboard.Monitoring.Mastodon;

/// <summary>
/// One monitor's run: catch up over REST from the cursor, then poll, or stream when a token allows it; classify every
/// failure into a wait and a state. The timeline-reading half is in MastodonRun.Reading.cs.
/// </summary>
internal sealed partial class MastodonRun(
    MonitorDefinition monitor,
    MastodonTarget target,
    ChannelWriter<RawPost> output,
    IMonitorStatus status,
    MastodonClient client,
    AccountIds accounts,
    MastodonOptions options,
    TimeProvider time,
    MastodonMetrics metrics,
    ILogger logger)
{
    public const string TokenRequired = "this instance requires an access token";

    /// <summary>How long to wait after a failure only a person can fix (a token, a target), before trying again.</summary>
    private static readonly TimeSpan SlowRetry = TimeSpan.FromMinutes(5);

    private readonly string? token = options.AccessTokenFor(target.Instance);
    private string? timelinePath;
    private InstanceInfo? instance;
    private bool instanceRead;
    private int failures;
    private (MonitorState State, string? Message)? reported;

    public async Task RunAsync(CancellationToken cancellation)
    {
        Report(MonitorState.Starting, null);
        while (!cancellation.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                wait = await ReadAsync(cancellation);
            }
            catch (Exception e) when (e is not ChannelClosedException && !cancellation.IsCancellationRequested)
            {
                wait = OnFailure(e);
            }

            await Task.Delay(wait, time, cancellation);
        }
    }

    /// <summary>Catches up, then streams or returns the wait until the next poll.</summary>
    private async Task<TimeSpan> ReadAsync(CancellationToken cancellation)
    {
        if (!instanceRead && target.Timeline != MastodonTimeline.Account)
        {
            instance = await client.GetInstanceAsync(target.Instance, target.Timeline, token, cancellation);
            instanceRead = true;
        }

        if (instance?.Access == "disabled" || (instance?.Access == "authenticated" && token is null))
        {
            return Refused(
                instance.Access == "disabled" ? "this instance has disabled this timeline" : TokenRequired,
                $"its timelines_access is '{instance.Access}'");
        }

        timelinePath ??= target.TimelinePath(
            target.Timeline == MastodonTimeline.Account ? await accounts.GetAsync(target, token, cancellation) : null);
        await CatchUpAsync(cancellation);
        failures = 0;
        Report(MonitorState.Running, null);
        if (token is null || target.StreamPath is null)
        {
            return options.PollInterval;
        }

        return await StreamAsync(new Uri(instance?.StreamingUrl ?? target.Instance, target.StreamPath), cancellation);
    }

    private TimeSpan OnFailure(Exception failure)
    {
        switch (failure)
        {
            case MastodonApiException { StatusCode: HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden } e:
                return Refused(token is null ? TokenRequired : "the instance rejected the access token", e.Message);
            case MastodonApiException { StatusCode: HttpStatusCode.TooManyRequests } e:
                // Not a failure to back off from: the pacer already holds the next request until Retry-After.
                metrics.Failed("rate_limited");
                logger.RateLimited(monitor.Id, target, e.Message);
                return TimeSpan.Zero;
            case MastodonApiException e when (int)e.StatusCode >= 500:
                return Retry("server_error", e.Message, MonitorState.Offline);
            case MastodonApiException e:
                return Refused(e.Message, e.Message);
            case JsonException e:
                return Retry("malformed_response", e.Message, state: null);
            case HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError } e:
                return Retry("unreachable", $"cannot reach {target.Instance.Host}: {e.Message}", MonitorState.Offline);
            case OperationCanceledException:
                return Retry("timeout", $"{target.Instance.Host} did not answer in time", MonitorState.Offline);
            case HttpRequestException or IOException:
                return Retry("connection_dropped", failure.Message, state: null);
            default:
                var wait = Backoff.After(++failures);
                metrics.Failed("unexpected");
                logger.UnexpectedFailure(failure, monitor.Id, target, wait.TotalSeconds);
                Report(MonitorState.Error, failure.Message);
                return wait;
        }
    }

    /// <summary>A failure that waits for a person: shown as an error, retried slowly, the instance's settings read again.</summary>
    private TimeSpan Refused(string message, string reason)
    {
        metrics.Failed("refused");
        logger.AccessRefused(monitor.Id, target, reason, SlowRetry.TotalSeconds);
        Report(MonitorState.Error, message);
        instanceRead = false;
        return SlowRetry;
    }

    /// <summary>A transient failure: backs off, and shows <paramref name="state"/> unless it is null.</summary>
    private TimeSpan Retry(string kind, string message, MonitorState? state)
    {
        var wait = Backoff.After(++failures);
        metrics.Failed(kind);
        logger.Retrying(monitor.Id, target, kind, message, wait.TotalSeconds);
        if (state is { } shown)
        {
            Report(shown, message);
        }

        return wait;
    }

    private void Report(MonitorState state, string? message)
    {
        if (reported != (state, message))
        {
            reported = (state, message);
            status.Report(monitor.Id, state, message);
        }
    }
}
