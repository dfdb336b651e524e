namespace SentimentDashboard.Monitoring.Rss;

internal static partial class RssLog
{
    [LoggerMessage(LogLevel.Warning, "RSS monitor {MonitorId} cannot start: {Reason}")]
    public static partial void InvalidTarget(this ILogger logger, long monitorId, string reason);

    [LoggerMessage(LogLevel.Information, "RSS monitor {MonitorId} stopped: the pipeline no longer takes posts")]
    public static partial void OutputClosed(this ILogger logger, long monitorId);

    [LoggerMessage(LogLevel.Warning, "RSS monitor {MonitorId}, {Url}: {Reason}; retrying in {WaitSeconds:0.#} s")]
    public static partial void ReadFailed(this ILogger logger, long monitorId, Uri url, string reason, double waitSeconds);

    [LoggerMessage(LogLevel.Error, "RSS monitor {MonitorId}, {Url}: unexpected failure; retrying in {WaitSeconds:0.#} s")]
    public static partial void UnexpectedFailure(this ILogger logger, Exception exception, long monitorId, Uri url, double waitSeconds);
}
