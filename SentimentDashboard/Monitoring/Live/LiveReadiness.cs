using SentimentDashboard.Audio;
using SentimentDashboard.Transcription;

namespace SentimentDashboard.Monitoring.Live;

/// <summary>
/// The optional tools live monitors need. At start, each one missing is a warning naming the feature it disables (the
/// app runs on without it); before each poll, a live monitor asks <see cref="FindProblem"/>, so a missing tool shows on
/// the monitor at once rather than when a live starts, and installing it while the app runs is enough.
/// </summary>
public sealed partial class LiveReadiness(MediaTools tools, TranscriberProvider transcribers, ILogger<LiveReadiness> logger) : IHostedService
{
    /// <summary>
    /// Null when a live can be captured and transcribed; otherwise what is missing and how to install it (each problem,
    /// joined by "; "). Cheap: it starts no process and loads no model.
    /// </summary>
    public string? FindProblem()
    {
        string[] problems = [.. new[] { tools.FindMissing(tools.Ffmpeg), transcribers.FindProblem() }.OfType<string>()];
        return problems.Length == 0 ? null : string.Join("; ", problems);
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Warn("capture audio", tools.FindMissing(tools.Ffmpeg));
        Warn("probe HLS, RTMP, RTSP and SRT streams", tools.FindMissing(tools.Ffprobe));
        Warn("watch TikTok, YouTube and Twitch pages", tools.FindMissing(tools.YtDlp));
        Warn("transcribe", transcribers.FindProblem());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Warn(string feature, string? problem)
    {
        if (problem is not null)
        {
            LogUnavailable(logger, feature, problem);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live monitors cannot {Feature} until this is fixed: {Problem}")]
    private static partial void LogUnavailable(ILogger logger, string feature, string problem);
}
