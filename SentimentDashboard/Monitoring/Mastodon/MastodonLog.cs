namespace SentimentDashboard.Monitoring.Mastodon;

internal static partial class MastodonLog
{
    [LoggerMessage(LogLevel.Warning, "Mastodon monitor {MonitorId} cannot start: {Reason}")]
    public static partial void InvalidTarget(this ILogger logger, long monitorId, string reason);

    [LoggerMessage(LogLevel.Information, "Mastodon monitor {MonitorId} stopped: the pipeline no longer takes posts")]
    public static partial void OutputClosed(this ILogger logger, long monitorId);

    [LoggerMessage(LogLevel.Information, "Requests to {Instance} held for {WaitSeconds:0.#} s (status {StatusCode}, rate limit remaining {Remaining})")]
    public static partial void RateLimitWait(this ILogger logger, string instance, int statusCode, string? remaining, double waitSeconds);

    [LoggerMessage(LogLevel.Warning, "Mastodon monitor {MonitorId}: {Count} statuses without an id from {Target} were skipped")]
    public static partial void StatusesWithoutId(this ILogger logger, long monitorId, int count, MastodonTarget target);

    [LoggerMessage(LogLevel.Warning, "Mastodon monitor {MonitorId} cannot read {Target}: {Reason}; retrying in {WaitSeconds:0.#} s")]
    public static partial void AccessRefused(this ILogger logger, long monitorId, MastodonTarget target, string reason, double waitSeconds);

    [LoggerMessage(LogLevel.Warning, "Mastodon monitor {MonitorId} was rate limited by {Target}: {Reason}")]
    public static partial void RateLimited(this ILogger logger, long monitorId, MastodonTarget target, string reason);

    [LoggerMessage(LogLevel.Warning, "Mastodon monitor {MonitorId}, {Target}: {Kind}: {Reason}; retrying in {WaitSeconds:0.#} s")]
    public static partial void Retrying(this ILogger logger, long monitorId, MastodonTarget target, string kind, string reason, double waitSeconds);

    [LoggerMessage(LogLevel.Error, "Mastodon monitor {MonitorId}, {Target}: unexpected failure; retrying in {WaitSeconds:0.#} s")]
    public static partial void UnexpectedFailure(this ILogger logger, Exception exception, long monitorId, MastodonTarget target, double waitSeconds);

    [LoggerMessage(LogLevel.Information, "Mastodon monitor {MonitorId} streaming from {Url}")]
    public static partial void StreamConnected(this ILogger logger, long monitorId, Uri url);

    [LoggerMessage(LogLevel.Information, "Mastodon monitor {MonitorId}: the stream was silent for {Silence}; reconnecting")]
    public static partial void StreamSilent(this ILogger logger, long monitorId, TimeSpan silence);

    [LoggerMessage(LogLevel.Information, "Mastodon monitor {MonitorId}: the stream ended; reconnecting in {WaitSeconds:0.#} s")]
    public static partial void StreamEnded(this ILogger logger, long monitorId, double waitSeconds);

    [LoggerMessage(LogLevel.Warning, "Mastodon monitor {MonitorId}: skipped a malformed '{EventType}' event: {Reason}")]
    public static partial void MalformedEvent(this ILogger logger, long monitorId, string eventType, string reason);
}
