using Microsoft.Extensions.Options;
using SentimentDashboard.Audio;

namespace SentimentDashboard.Transcription.PocketSphinx;

/// <summary>
/// Offline English speech recognition with Debian's PocketSphinx: nothing to download, modest accuracy. The model is
/// loaded on the first non-silent segment and reused; segments are decoded one at a time on the thread pool.
/// Cancellation is observed before a decode starts (a running native decode cannot be interrupted). Missing model files
/// are reported as <see cref="TranscriptionException"/>; a corrupt acoustic model makes libpocketsphinx exit the process.
/// </summary>
public sealed class PocketSphinxTranscriber(IOptions<PocketSphinxOptions> options) : ITranscriber
{
    /// <summary>Below this root mean square (about -60 dBFS) a segment is taken as silence and not decoded.</summary>
    public const double SilenceRms = 0.001;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _lock = new();
    private PocketSphinxDecoder? _decoder;
    private bool _disposed;

    public string Name => "PocketSphinx en-us";

    public async Task<Transcript> TranscribeAsync(AudioSegment segment, CancellationToken cancellation)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (Pcm.Rms(segment.Samples) < SilenceRms)
        {
            return Transcript.Empty;
        }

        await _gate.WaitAsync(cancellation);
        try
        {
            return await Task.Run(() => WordGrouper.Group(Decoder().Decode(Pcm.ToInt16(segment.Samples))), cancellation);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        PocketSphinxDecoder? decoder;
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            decoder = _decoder;
        }

        // A decode still running keeps the native decoder alive until it ends (see DecoderHandle).
        decoder?.Dispose();
    }

    private PocketSphinxDecoder Decoder()
    {
        if (_decoder is { } loaded)
        {
            return loaded;
        }

        var created = PocketSphinxDecoder.Create(options.Value);
        lock (_lock)
        {
            if (_disposed)
            {
                created.Dispose();
                throw new ObjectDisposedException(nameof(PocketSphinxTranscriber));
            }

            return _decoder = created;
        }
    }
}
