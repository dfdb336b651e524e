using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Options;
using SentimentDashboard.Audio;

namespace SentimentDashboard.Transcription.Whisper;

/// <summary>
/// Transcribes with whisper.cpp 1.9.1 in process: the model is loaded once, segments run one at a time on a thread-pool
/// thread (a whisper context is not thread-safe), quiet segments are skipped without running the model, and Whisper's
/// repetition loops are filtered out of the result. Cancellation aborts a running segment.
/// </summary>
public sealed class WhisperTranscriber : ITranscriber
{
    // whisper.cpp processes nothing shorter than 100 ms.
    private const int MinSamples = Pcm.SampleRate / 10;

    private readonly WhisperOptions _options;
    private readonly WhisperContextHandle _context;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string _language;

    public WhisperTranscriber(IOptions<WhisperOptions> options)
    {
        _options = options.Value;
        var path = _options.ModelPath is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : throw new TranscriptionException("Whisper:ModelPath is not set");
        WhisperModelFile.Check(path);
        WhisperLibrary.EnsureLoaded(_options.LibraryDirectory);
        if (_options.Language != "auto" && WhisperApi.LangId(_options.Language) < 0)
        {
            throw new TranscriptionException($"Whisper:Language '{_options.Language}' is not a language whisper.cpp knows");
        }

        _context = Load(path);
        _language = WhisperApi.IsMultilingual(_context) != 0 ? _options.Language : "en";
        Name = $"whisper.cpp {WhisperLibrary.Version} ({Path.GetFileName(path)})";
    }

    public string Name { get; }

    public async Task<Transcript> TranscribeAsync(AudioSegment segment, CancellationToken cancellation)
    {
        ObjectDisposedException.ThrowIf(_context.IsClosed, this);
        if (segment.Samples.Length < MinSamples || Pcm.Rms(segment.Samples) < _options.SilenceRms)
        {
            return Transcript.Empty;
        }

        await _gate.WaitAsync(cancellation);
        try
        {
            return await Task.Run(() => Run(segment.Samples, segment.Duration, cancellation), cancellation);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _context.Dispose();

    private static WhisperContextHandle Load(string path)
    {
        var parameters = WhisperApi.ContextDefaultParams();
        parameters.UseGpu = false;
        WhisperLibrary.ClearError();
        var context = WhisperApi.InitFromFileWithParams(path, parameters);
        if (!context.IsInvalid)
        {
            return context;
        }

        context.Dispose();
        throw new TranscriptionException($"whisper.cpp could not load the model '{path}': {WhisperLibrary.LastError ?? "no reason given"}");
    }

    private unsafe Transcript Run(float[] samples, TimeSpan duration, CancellationToken cancellation)
    {
        var parameters = WhisperApi.FullDefaultParams(_options.BeamSize > 1 ? WhisperApi.SamplingBeamSearch : WhisperApi.SamplingGreedy);
        parameters.NThreads = _options.Threads;
        parameters.BeamSearch.BeamSize = _options.BeamSize;
        parameters.PrintProgress = false;
        parameters.PrintTimestamps = false;
        var language = Marshal.StringToCoTaskMemUTF8(_language);
        var token = GCHandle.Alloc(cancellation);
        try
        {
            parameters.Language = language;
            parameters.AbortCallback = (IntPtr)(delegate* unmanaged[Cdecl]<IntPtr, byte>)&Abort;
            parameters.AbortCallbackUserData = GCHandle.ToIntPtr(token);
            WhisperLibrary.ClearError();
            var status = WhisperApi.Full(_context, parameters, samples, samples.Length);
            cancellation.ThrowIfCancellationRequested();
            if (status != 0)
            {
                throw new TranscriptionException($"whisper.cpp failed on a segment (status {status}): {WhisperLibrary.LastError ?? "no reason given"}");
            }

            return new Transcript(RepetitionFilter.Apply(Pieces(duration)));
        }
        finally
        {
            token.Free();
            Marshal.FreeCoTaskMem(language);
        }
    }

    /// <summary>A piece from whisper's segment times (centiseconds), kept inside the segment: whisper may round the last end past it.</summary>
    internal static TranscriptPiece Piece(long startCentiseconds, long endCentiseconds, string text, TimeSpan duration)
    {
        var start = TimeSpan.FromMilliseconds(Math.Clamp(startCentiseconds * 10, 0, duration.TotalMilliseconds));
        var end = TimeSpan.FromMilliseconds(Math.Clamp(endCentiseconds * 10, start.TotalMilliseconds, duration.TotalMilliseconds));
        return new TranscriptPiece(start, end, text);
    }

    private IEnumerable<TranscriptPiece> Pieces(TimeSpan duration)
    {
        var count = WhisperApi.FullNSegments(_context);
        for (var i = 0; i < count; i++)
        {
            var text = Marshal.PtrToStringUTF8(WhisperApi.FullGetSegmentText(_context, i)) ?? "";
            yield return Piece(WhisperApi.FullGetSegmentT0(_context, i), WhisperApi.FullGetSegmentT1(_context, i), text, duration);
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static byte Abort(IntPtr data) =>
        GCHandle.FromIntPtr(data).Target is CancellationToken { IsCancellationRequested: true } ? (byte)1 : (byte)0;
}
