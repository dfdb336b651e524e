using Microsoft.Extensions.Options;
using SentimentDashboard.Audio;
using SentimentDashboard.Transcription;

namespace SentimentDashboard.Monitoring.Live;

/// <summary>What every live monitor run works with, gathered so a run takes one dependency.</summary>
public sealed record LiveStreamServices(
    IStreamResolver Resolver,
    IAudioCapture Capture,
    TranscriberProvider Transcribers,
    LiveReadiness Readiness,
    LiveSessions Sessions,
    IOptions<LiveOptions> Options,
    TimeProvider Time,
    ILogger<LiveStreamSource> Logger);
