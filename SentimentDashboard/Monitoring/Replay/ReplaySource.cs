using System.Globalization;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace SentimentDashboard.Monitoring.Replay;

/// <summary>
/// Replays a JSON Lines file (or a CSV file, by its .csv extension) as posts, at <see cref="ReplayOptions.Rate"/>
/// posts per second or as fast as the pipeline takes them. The cursor is the number of the last record sent, so a
/// replay stopped anywhere resumes after the last committed post. Malformed records are logged (the first few) and
/// counted, and the replay goes on.
/// </summary>
public sealed partial class ReplaySource(IOptions<ReplayOptions> options, TimeProvider time, ILogger<ReplaySource> logger) : IPostSource
{
    private const int ProblemsLogged = 10;

    public MonitorKind Kind => MonitorKind.Replay;

    public async Task RunAsync(MonitorDefinition monitor, ChannelWriter<RawPost> output, IMonitorStatus status, CancellationToken cancellation)
    {
        var resumeAfter = long.TryParse(monitor.Cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var cursor) ? cursor : 0;
        using var reader = Open(monitor.Target, monitor.Id);
        reader.Skip(resumeAfter);
        status.Report(monitor.Id, MonitorState.Running, resumeAfter > 0 ? $"resumed after record {resumeAfter}" : null);

        var demo = IsDemo(monitor.Target) ? OpenDemoTimeline(monitor.Id) : null;
        var rate = options.Value.Rate;
        var started = time.GetTimestamp();
        long sent = 0, malformed = 0;
        while (reader.TryRead(out var record))
        {
            cancellation.ThrowIfCancellationRequested();
            if (record.Problem is { } problem)
            {
                if (++malformed <= ProblemsLogged)
                {
                    LogMalformed(logger, monitor.Target, record.Number, problem);
                }

                continue;
            }

            if (record.Post is not { } post)
            {
                continue;
            }

            if (demo is not null)
            {
                post = await demo.ScheduleAsync(post, record.Number, cancellation);
            }
            else if (rate > 0)
            {
                await PaceAsync(started, sent, rate, cancellation);
            }

            if (!output.TryWrite(post))
            {
                await output.WriteAsync(post, cancellation);
            }

            sent++;
        }

        var replayed = resumeAfter > 0
            ? FormattableString.Invariant($"{sent:N0} more {Plural(sent, "post")} replayed after record {resumeAfter:N0}")
            : FormattableString.Invariant($"{sent:N0} {Plural(sent, "post")} replayed");
        var summary = FormattableString.Invariant($"{replayed}, {malformed:N0} malformed {Plural(malformed, "record")} skipped");
        status.Report(monitor.Id, MonitorState.Finished, summary);
        LogFinished(logger, monitor.Id, monitor.Target, summary);
    }

    private static string Plural(long count, string noun) => count == 1 ? noun : noun + "s";

    private static bool IsDemo(string target) =>
        string.Equals(Path.GetFullPath(target), MonitoringOptions.DemoCorpus, StringComparison.Ordinal);

    private DemoTimeline OpenDemoTimeline(long monitorId)
    {
        var times = new List<DateTimeOffset>();
        using (var reader = Open(MonitoringOptions.DemoCorpus, monitorId))
        {
            while (reader.TryRead(out var record))
            {
                if (record.Post is { } post)
                {
                    times.Add(post.CreatedAt);
                }
            }
        }

        return new DemoTimeline(times, TimeSpan.FromSeconds(options.Value.DemoIntervalSeconds), time);
    }

    private IReplayReader Open(string path, long monitorId) => ReplayReaders.Open(path, monitorId, options.Value, time);

    /// <summary>Waits until post number <paramref name="sent"/> is due; behind schedule, posts go out at once to catch up.</summary>
    private async Task PaceAsync(long started, long sent, double rate, CancellationToken cancellation)
    {
        var wait = TimeSpan.FromSeconds(sent / rate) - time.GetElapsedTime(started);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellation);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Replay {Path}: record {Number} skipped: {Problem}")]
    private static partial void LogMalformed(ILogger logger, string path, long number, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Replay #{Id} of {Path} finished: {Summary}")]
    private static partial void LogFinished(ILogger logger, long id, string path, string summary);
}
