using System.Diagnostics;
using Microsoft.Extensions.Options;
using SentimentDashboard.Audio;
using SentimentDashboard.Tests.Infrastructure;
using SentimentDashboard.Transcription;
using SentimentDashboard.Transcription.PocketSphinx;

namespace SentimentDashboard.Tests.Transcription.PocketSphinx;

/// <summary>One PocketSphinx transcriber with jfk.wav decoded once (a decode takes seconds), shared by a test class.</summary>
public sealed class JfkTranscription : IAsyncLifetime
{
    public PocketSphinxTranscriber Transcriber { get; } = new(Options.Create(new PocketSphinxOptions()));

    public AudioSegment Segment { get; } = new(1, 0, DateTimeOffset.UnixEpoch, TimeSpan.Zero, WavFile.Read(TestAudio.Jfk));

    public Transcript Transcript { get; private set; } = Transcript.Empty;

    /// <summary>The first decode, loading the model included.</summary>
    public TimeSpan FirstDecode { get; private set; }

    public async Task InitializeAsync()
    {
        var clock = Stopwatch.StartNew();
        Transcript = await Transcriber.TranscribeAsync(Segment, CancellationToken.None);
        FirstDecode = clock.Elapsed;
    }

    public Task DisposeAsync()
    {
        Transcriber.Dispose();
        return Task.CompletedTask;
    }
}
