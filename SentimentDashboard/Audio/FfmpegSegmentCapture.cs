using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;

namespace SentimentDashboard.Audio;

/// <summary>
/// Captures a media URL with ffmpeg's segment muxer: audio only, resampled to 16 kHz mono 16-bit, cut into
/// <see cref="CaptureOptions.SegmentSeconds"/> WAV files in a private temporary folder. A segment is yielded (and its
/// file deleted) once ffmpeg lists it as finished; the partial last one is yielded when the stream ends. Offsets count
/// the samples yielded before, so they stay continuous across ffmpeg's reconnects.
/// </summary>
public sealed partial class FfmpegSegmentCapture(IOptions<CaptureOptions> options, TimeProvider time, ILogger<FfmpegSegmentCapture> logger) : IAudioCapture
{
    private const string ListName = "segments.csv";

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    public async IAsyncEnumerable<AudioSegment> CaptureAsync(long monitorId, string mediaUrl, string? inputFormat, [EnumeratorCancellation] CancellationToken cancellation)
    {
        var settings = options.Value;
        var stallTimeout = TimeSpan.FromSeconds(settings.StallTimeoutSeconds);
        var directory = CreatePrivateDirectory(settings.TempDirectory, monitorId);
        try
        {
            var startedAt = time.GetUtcNow();
            var segments = new SegmentList(Path.Combine(directory, ListName));
            var progress = new CaptureProgress(time);
            await using var ffmpeg = ToolProcess.Start(MediaTool.Ffmpeg(settings.FfmpegPath), Arguments(mediaUrl, inputFormat, directory, settings));
            LogStarted(logger, monitorId, ffmpeg.Id, mediaUrl);
            var following = progress.FollowAsync(ffmpeg.StandardOutput);
            var exit = Task.WhenAll(ffmpeg.WaitForExitAsync(CancellationToken.None), following);
            var sequence = 0;
            long samplesBefore = 0;
            while (true)
            {
                var exited = ffmpeg.HasExited;
                foreach (var file in segments.ReadNew())
                {
                    cancellation.ThrowIfCancellationRequested();
                    var samples = ReadSegment(file);
                    File.Delete(file);
                    var offset = TimeSpan.FromSeconds((double)samplesBefore / Pcm.SampleRate);
                    samplesBefore += samples.Length;
                    yield return new AudioSegment(monitorId, sequence++, startedAt, offset, samples);
                }

                if (exited)
                {
                    break;
                }

                if (progress.StalledFor() >= stallTimeout)
                {
                    await ffmpeg.KillAsync();
                    throw Stalled(mediaUrl, stallTimeout, ffmpeg.ErrorTail);
                }

                await Task.WhenAny(exit, Task.Delay(PollInterval, time, cancellation));
                cancellation.ThrowIfCancellationRequested();
            }

            await exit;
            if (ffmpeg.ExitCode != 0)
            {
                throw new CaptureException($"ffmpeg failed (exit code {ffmpeg.ExitCode}) capturing {mediaUrl}: {ffmpeg.ErrorTail}");
            }

            LogFinished(logger, monitorId, sequence, TimeSpan.FromSeconds((double)samplesBefore / Pcm.SampleRate));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static float[] ReadSegment(string file)
    {
        try
        {
            return WavFile.Read(file);
        }
        catch (InvalidDataException e)
        {
            throw new CaptureException($"ffmpeg wrote an unreadable segment: {e.Message}", e);
        }
    }

    private static CaptureException Stalled(string mediaUrl, TimeSpan timeout, string errorTail) =>
        new(string.Create(CultureInfo.InvariantCulture, $"capture stalled: no audio from {mediaUrl} for {timeout.TotalSeconds:0.#} s") +
            (errorTail.Length > 0 ? $"; ffmpeg: {errorTail}" : ""));

    /// <summary>A new folder per capture (owner-only under the system temp folder), so captures never see each other's files.</summary>
    private static string CreatePrivateDirectory(string? parent, long monitorId)
    {
        var prefix = $"capture-{monitorId}-";
        return string.IsNullOrEmpty(parent)
            ? Directory.CreateTempSubdirectory(prefix).FullName
            : Directory.CreateDirectory(Path.Combine(parent, prefix + Guid.NewGuid().ToString("N"))).FullName;
    }

    private static IEnumerable<string> Arguments(string mediaUrl, string? inputFormat, string directory, CaptureOptions settings) =>
    [
        "-nostdin", "-hide_banner", "-loglevel", "warning",
        // ffmpeg takes a read timeout as the end of the input and exits normally: twice the stall timeout, so that a
        // stall is always caught by CaptureProgress first; ffmpeg's own timeout only stops it if that check never runs.
        "-progress", "pipe:1", "-stats_period", "0.5",
        .. MediaInput.Options(mediaUrl, 2 * TimeSpan.FromSeconds(settings.StallTimeoutSeconds), TimeSpan.FromSeconds(settings.ReconnectDelayMaxSeconds)),
        .. inputFormat is null ? Array.Empty<string>() : ["-f", inputFormat],
        "-i", mediaUrl,
        "-vn", "-ac", "1", "-ar", Pcm.SampleRate.ToString(CultureInfo.InvariantCulture), "-c:a", "pcm_s16le",
        "-f", "segment",
        "-segment_time", settings.SegmentSeconds.ToString(CultureInfo.InvariantCulture),
        "-segment_format", "wav",
        "-reset_timestamps", "1",
        "-segment_list", Path.Combine(directory, ListName),
        "-segment_list_type", "csv",
        Path.Combine(directory, "%06d.wav"),
    ];

    [LoggerMessage(Level = LogLevel.Information, Message = "Capture #{Id}: ffmpeg (pid {Pid}) reads {Url}")]
    private static partial void LogStarted(ILogger logger, long id, int pid, string url);

    [LoggerMessage(Level = LogLevel.Information, Message = "Capture #{Id} ended with the stream: {Segments} segments, {Audio} of audio")]
    private static partial void LogFinished(ILogger logger, long id, int segments, TimeSpan audio);
}
