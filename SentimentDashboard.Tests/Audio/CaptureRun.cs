using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SentimentDashboard.Audio;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Audio;

/// <summary>A real <see cref="FfmpegSegmentCapture"/> whose temp folder is a test folder, with its log kept.</summary>
internal sealed class CaptureRun : IDisposable
{
    /// <summary>A bound on every capture in these tests, so a hang fails the test instead of blocking the run.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    private readonly ILoggerFactory loggers;

    public CaptureRun(Action<CaptureOptions>? configure = null)
    {
        Options.TempDirectory = Temp.Path;
        configure?.Invoke(Options);
        loggers = LoggerFactory.Create(builder => builder.AddProvider(Logs));
        Capture = new FfmpegSegmentCapture(Microsoft.Extensions.Options.Options.Create(Options), TimeProvider.System, loggers.CreateLogger<FfmpegSegmentCapture>());
    }

    public CaptureOptions Options { get; } = new() { SegmentSeconds = 2, StallTimeoutSeconds = 10, ReconnectDelayMaxSeconds = 2 };

    public TempDirectory Temp { get; } = new();

    public LogCollector Logs { get; } = new();

    public FfmpegSegmentCapture Capture { get; }

    /// <summary>The capture folders still in the temp folder: none once an enumeration is over.</summary>
    public IReadOnlyList<string> LeftoverFolders => Directory.GetDirectories(Temp.Path);

    /// <summary>The process id ffmpeg had, from the capture's start log line.</summary>
    public int FfmpegPid()
    {
        var line = Logs.Entries.Single(e => e.Message.Contains("ffmpeg (pid ", StringComparison.Ordinal)).Message;
        var start = line.IndexOf("(pid ", StringComparison.Ordinal) + 5;
        return int.Parse(line[start..line.IndexOf(')', start)]);
    }

    /// <summary>Every segment of a capture that must end by itself.</summary>
    public async Task<List<AudioSegment>> AllAsync(string url, long monitorId = 7)
    {
        using var limit = new CancellationTokenSource(Limit);
        var segments = new List<AudioSegment>();
        await foreach (var segment in Capture.CaptureAsync(monitorId, url, null, limit.Token))
        {
            segments.Add(segment);
        }

        return segments;
    }

    public void Dispose()
    {
        loggers.Dispose();
        Temp.Dispose();
    }
}
