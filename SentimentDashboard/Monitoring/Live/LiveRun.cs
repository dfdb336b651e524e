using System.Globalization;
using System.Threading.Channels;
using SentimentDashboard.Audio;
using SentimentDashboard.Data;
using SentimentDashboard.Transcription;

namespace SentimentDashboard.Monitoring.Live;

/// <summary>
/// One run of a live monitor: poll the target until it is live, then capture, transcribe and post segments until the
/// stream is gone (a broken capture is resumed after re-resolving the target, with a growing delay), end the live, and
/// poll again. Only cancellation ends a run.
/// </summary>
internal sealed partial class LiveRun(MonitorDefinition monitor, ChannelWriter<RawPost> output, IMonitorStatus status, LiveStreamServices services)
{
    private readonly LiveOptions _options = services.Options.Value;
    /// <summary>Captures in a row that broke off without a single segment: they set the delay, and three make an error.</summary>
    private readonly ViewerGrowth _growth = new();
    private int _failures;
    private int _captured;
    private int _transcribed;
    private int _dropped;
    private int _failed;
    private string? _problem;

    public async Task RunAsync(CancellationToken cancellation)
    {
        while (true)
        {
            cancellation.ThrowIfCancellationRequested();
            if (ReportMissingTools())
            {
                await DelayAsync(PollInterval(platformPage: false), cancellation);
                continue;
            }

            var probe = await services.Resolver.ProbeAsync(monitor.Target, cancellation);
            if (probe is { Availability: StreamAvailability.Live, MediaUrl: { } mediaUrl }
                && !await CaptureLiveAsync(probe, mediaUrl, cancellation))
            {
                continue;
            }

            var ended = await services.Sessions.EndAsync(monitor.Id, cancellation);
            if (ended)
            {
                LogEnded(services.Logger, monitor.Id, monitor.Target);
            }

            _failures = 0;
            if (probe.Availability == StreamAvailability.Live)
            {
                status.Report(monitor.Id, MonitorState.Online, "the live ended");
            }
            else
            {
                var message = probe.Message ?? DefaultMessage(probe.Availability);
                status.Report(monitor.Id, StateOf(probe.Availability), ended ? $"{message} (live ended)" : message);
            }

            await DelayAsync(PollInterval(probe.IsPlatformPage), cancellation);
        }
    }

    /// <summary>While ffmpeg or every transcription engine is missing: true, with the monitor in error saying what to install.</summary>
    private bool ReportMissingTools()
    {
        var problem = services.Readiness.FindProblem();
        if (problem is not null && problem != _problem)
        {
            LogToolsMissing(services.Logger, monitor.Id, problem);
        }

        _problem = problem;
        if (problem is not null)
        {
            status.Report(monitor.Id, MonitorState.Error, problem);
        }

        return problem is not null;
    }

    /// <summary>
    /// Captures a live stream; true when it ended normally, false when capture broke off (the target is probed again at
    /// once to resume the same live) or no transcriber can run (after waiting one poll interval).
    /// </summary>
    private async Task<bool> CaptureLiveAsync(StreamProbe probe, string mediaUrl, CancellationToken cancellation)
    {
        ITranscriber transcriber;
        try
        {
            transcriber = services.Transcribers.Get();
        }
        catch (TranscriptionException e)
        {
            status.Report(monitor.Id, MonitorState.Error, $"live, but no transcriber can run: {e.Message}");
            await DelayAsync(PollInterval(probe.IsPlatformPage), cancellation);
            return false;
        }

        var live = await services.Sessions.OpenAsync(monitor.Id, probe, cancellation);
        ReportLive(live, transcriber);
        var capturedBefore = _captured;
        string? failure;
        using (var capturing = CancellationTokenSource.CreateLinkedTokenSource(cancellation))
        {
            var details = probe.IsPlatformPage ? FollowDetailsAsync(probe, capturing.Token) : Task.CompletedTask;
            try
            {
                failure = await CaptureAsync(live, transcriber, mediaUrl, probe.InputFormat, cancellation);
            }
            finally
            {
                await capturing.CancelAsync();
                await details;
            }
        }

        if (failure is null)
        {
            return true;
        }

        // A capture that delivered audio before breaking off starts the delays over; one that never did adds to them.
        _failures = _captured > capturedBefore ? 1 : _failures + 1;
        await services.Sessions.ReconnectedAsync(live.Id, cancellation);
        LogCaptureBroke(services.Logger, monitor.Id, failure);
        status.Report(
            monitor.Id,
            _failures >= 3 ? MonitorState.Error : MonitorState.Live,
            string.Create(CultureInfo.InvariantCulture, $"capture broke off ({failure}); resuming{(_failures >= 3 ? $" (attempt {_failures})" : "")}"));
        var delay = Math.Min(_options.ReconnectSeconds * Math.Pow(2, _failures - 1), _options.MaxReconnectSeconds);
        await DelayAsync(TimeSpan.FromSeconds(delay), cancellation);
        return false;
    }

    /// <summary>While a platform live is captured, its page is still polled, as gently, for changes of title and viewers.</summary>
    private async Task FollowDetailsAsync(StreamProbe first, CancellationToken cancellation)
    {
        try
        {
            while (true)
            {
                await DelayAsync(PollInterval(first.IsPlatformPage), cancellation);
                if (await services.Resolver.ProbeAsync(monitor.Target, cancellation) is { Availability: StreamAvailability.Live } probe)
                {
                    await services.Sessions.OpenAsync(monitor.Id, probe, cancellation);
                }
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // The capture ended.
        }
        catch (Exception e)
        {
            // Title and viewers are extras: losing them must not stop the capture.
            LogDetailsFailed(services.Logger, monitor.Id, e);
        }
    }

    /// <summary>Captures until the stream ends (null) or breaks off (why); transcribes what was captured before returning.</summary>
    private async Task<string?> CaptureAsync(LiveEntity live, ITranscriber transcriber, string mediaUrl, string? inputFormat, CancellationToken cancellation)
    {
        var queue = Channel.CreateBounded<AudioSegment>(new BoundedChannelOptions(_options.SegmentQueue) { SingleReader = true, SingleWriter = true });
        var transcribing = Task.Run(() => TranscribeAsync(live, transcriber, queue.Reader, cancellation), CancellationToken.None);
        try
        {
            await foreach (var segment in services.Capture.CaptureAsync(monitor.Id, mediaUrl, inputFormat, cancellation))
            {
                _captured++;
                if (!queue.Writer.TryWrite(segment))
                {
                    Interlocked.Increment(ref _dropped);
                    await services.Sessions.SegmentDroppedAsync(live.Id, cancellation);
                    ReportLive(live, transcriber);
                }
            }

            return null;
        }
        catch (CaptureException e)
        {
            return e.Message;
        }
        finally
        {
            queue.Writer.TryComplete();
            await transcribing;
        }
    }

    private async Task TranscribeAsync(LiveEntity live, ITranscriber transcriber, ChannelReader<AudioSegment> segments, CancellationToken cancellation)
    {
        await foreach (var segment in segments.ReadAllAsync(CancellationToken.None))
        {
            if (cancellation.IsCancellationRequested)
            {
                return;
            }

            try
            {
                var transcript = await transcriber.TranscribeAsync(segment, cancellation);
                var start = segment.StartedAt + segment.Offset;
                await services.Sessions.SegmentTranscribedAsync(live.Id, start + segment.Duration, cancellation);
                Interlocked.Increment(ref _transcribed);
                if (transcript.Text.Length > 0)
                {
                    await output.WriteAsync(PostOf(live, start, transcript.Text), cancellation);
                }

                ReportLive(live, transcriber);
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not ChannelClosedException)
            {
                Interlocked.Increment(ref _failed);
                LogSegmentFailed(services.Logger, monitor.Id, segment.Sequence, e);
            }
        }
    }

    private RawPost PostOf(LiveEntity live, DateTimeOffset start, string text) => new()
    {
        MonitorId = monitor.Id,
        SourceId = string.Create(CultureInfo.InvariantCulture, $"live{live.Id}@{start.ToUnixTimeMilliseconds()}"),
        Text = text,
        CreatedAt = start,
        Author = live.Title,
        Viewers = live.Viewers,
        ViewerGrowthPerMinute = _growth.Next(live.Viewers, start),
        Url = Uri.TryCreate(monitor.Target, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? monitor.Target : null,
    };

    private void ReportLive(LiveEntity live, ITranscriber transcriber)
    {
        var title = live.Title is { Length: > 0 } t ? $"“{t}” · " : "";
        status.Report(
            monitor.Id,
            MonitorState.Live,
            string.Create(
                CultureInfo.InvariantCulture,
                $"{title}live since {live.StartedAt.UtcDateTime:HH:mm:ss} UTC · {Volatile.Read(ref _transcribed)} segments transcribed · {Volatile.Read(ref _dropped)} dropped · {Volatile.Read(ref _failed)} failed · {transcriber.Name}"));
    }

    private TimeSpan PollInterval(bool platformPage)
    {
        var seconds = platformPage ? _options.PlatformPollMinutes * 60 : _options.PollSeconds;
        var jitter = 1 + (_options.Jitter * ((Random.Shared.NextDouble() * 2) - 1));
        return TimeSpan.FromSeconds(seconds * jitter);
    }

    private Task DelayAsync(TimeSpan delay, CancellationToken cancellation) => Task.Delay(delay, services.Time, cancellation);

    private static MonitorState StateOf(StreamAvailability availability) => availability switch
    {
        StreamAvailability.OnlineNotLive => MonitorState.Online,
        StreamAvailability.Offline => MonitorState.Offline,
        _ => MonitorState.Error,
    };

    private static string DefaultMessage(StreamAvailability availability) => availability switch
    {
        StreamAvailability.OnlineNotLive => "online, not live",
        StreamAvailability.Offline => "offline: the stream does not answer",
        _ => "the stream could not be read",
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Live monitor #{Id}: the live of {Target} ended")]
    private static partial void LogEnded(ILogger logger, long id, string target);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live monitor #{Id} cannot follow its stream: {Problem}")]
    private static partial void LogToolsMissing(ILogger logger, long id, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live monitor #{Id}: capture broke off: {Reason}")]
    private static partial void LogCaptureBroke(ILogger logger, long id, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live monitor #{Id}: following the live's title and viewers failed")]
    private static partial void LogDetailsFailed(ILogger logger, long id, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live monitor #{Id}: segment {Sequence} could not be transcribed")]
    private static partial void LogSegmentFailed(ILogger logger, long id, int sequence, Exception exception);
}
