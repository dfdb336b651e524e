namespace SentimentDashboard.Monitoring.Bluesky;

internal static partial class BlueskyLog
{
    [LoggerMessage(LogLevel.Warning, "Bluesky monitor {MonitorId} cannot start: {Reason}")]
    public static partial void InvalidTarget(this ILogger logger, long monitorId, string reason);

    [LoggerMessage(LogLevel.Information, "Bluesky monitor {MonitorId} stopped: the pipeline no longer takes posts")]
    public static partial void OutputClosed(this ILogger logger, long monitorId);

    [LoggerMessage(LogLevel.Information, "Reading Jetstream at {Url}")]
    public static partial void Connected(this ILogger logger, Uri url);

    [LoggerMessage(LogLevel.Warning, "Jetstream {Host}: {Reason}; reconnecting in {WaitSeconds:0.#} s")]
    public static partial void Disconnected(this ILogger logger, string host, string reason, double waitSeconds);

    [LoggerMessage(LogLevel.Warning, "Jetstream {Host}: skipped a malformed frame ({Count} so far): {Reason}")]
    public static partial void MalformedFrame(this ILogger logger, string host, string reason, long count);

    [LoggerMessage(LogLevel.Error, "Jetstream {Host}: unexpected failure")]
    public static partial void UnexpectedFailure(this ILogger logger, Exception exception, string host);
}
