using Microsoft.Extensions.Options;
using SentimentDashboard.Audio;
using Whisper.net;

namespace SentimentDashboard.Transcription.Whisper;

/// <summary>
/// Transcribes with Whisper.net in process. The model and one processor are loaded once and reused for every segment
/// (a processor costs about 180 MB), segments run one at a time, quiet segments are skipped without running the
/// model, and Whisper's repetition loops are filtered out of the result. Cancellation aborts a running segment.
/// </summary>
public sealed class WhisperTranscriber : ITranscriber
{
    // whisper.cpp processes nothing shorter than 100 ms.
    private const int MinSamples = Pcm.SampleRate / 10;

    private readonly double _silenceRms;
    private readonly WhisperFactory _factory;
    private readonly WhisperProcessor _processor;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int _disposed;

    public WhisperTranscriber(IOptions<WhisperOptions> options)
    {
        var settings = options.Value;
        var path = settings.ModelPath is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : throw new TranscriptionException("Whisper:ModelPath is not set");
        var header = WhisperModelFile.Check(path);
        if (settings.Language != "auto" && !WhisperRuntime.Knows(settings.Language))
        {
            throw new TranscriptionException($"Whisper:Language '{settings.Language}' is not a language whisper.cpp knows");
        }

        _silenceRms = settings.SilenceRms;
        _factory = WhisperRuntime.Load(path);
        _processor = Configure(_factory.CreateBuilder(), settings, header.IsMultilingual ? settings.Language : "en").Build();
        Name = $"{WhisperRuntime.Engine} with {Path.GetFileName(path)}";
    }

    public string Name { get; }

    public async Task<Transcript> TranscribeAsync(AudioSegment segment, CancellationToken cancellation)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (segment.Samples.Length < MinSamples || Pcm.Rms(segment.Samples) < _silenceRms)
        {
            return Transcript.Empty;
        }

        await _gate.WaitAsync(cancellation);
        try
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
            var pieces = new List<TranscriptPiece>();
            await foreach (var data in _processor.ProcessAsync(segment.Samples, cancellation))
            {
                pieces.Add(Piece(data.Start, data.End, data.Text, segment.Duration));
            }

            return new Transcript(RepetitionFilter.Apply(pieces));
        }
        catch (WhisperProcessingException e)
        {
            throw new TranscriptionException($"whisper.cpp failed on a segment: {e.Message}", e);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        // A cancelled segment may still be running in native code: DisposeAsync waits for it before the model is freed.
        _processor.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _factory.Dispose();
    }

    /// <summary>A piece with whisper's segment times kept inside the segment: whisper may round the last end past it.</summary>
    internal static TranscriptPiece Piece(TimeSpan start, TimeSpan end, string text, TimeSpan duration)
    {
        var from = Math.Clamp(start.Ticks, 0, duration.Ticks);
        var to = Math.Clamp(end.Ticks, from, duration.Ticks);
        return new TranscriptPiece(TimeSpan.FromTicks(from), TimeSpan.FromTicks(to), text);
    }

    private static WhisperProcessorBuilder Configure(WhisperProcessorBuilder builder, WhisperOptions settings, string language)
    {
        builder.WithThreads(settings.Threads).WithLanguage(language);
        return settings.BeamSize > 1
            ? builder.WithBeamSearchSamplingStrategy(beam => beam.WithBeamSize(settings.BeamSize))
            : builder.WithGreedySamplingStrategy();
    }
}
