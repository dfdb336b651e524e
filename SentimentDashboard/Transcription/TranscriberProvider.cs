using Microsoft.Extensions.Options;
using SentimentDashboard.Transcription.PocketSphinx;
using SentimentDashboard.Transcription.Whisper;

namespace SentimentDashboard.Transcription;

/// <summary>
/// The one transcriber every live monitor shares, loaded on first use and kept: Whisper (whisper.cpp) when a model is
/// configured and present, the default then; otherwise PocketSphinx. When Whisper is chosen automatically but cannot
/// load, PocketSphinx takes over and <see cref="Describe"/> says why. A failed load is tried again on the next call.
/// </summary>
public sealed partial class TranscriberProvider(
    IOptions<TranscriptionOptions> options,
    IOptions<WhisperOptions> whisper,
    IOptions<PocketSphinxOptions> pocketSphinx,
    ILogger<TranscriberProvider> logger) : IDisposable
{
    private readonly Lock _gate = new();
    private ITranscriber? _current;
    private string? _note;

    /// <summary>The loaded transcriber; throws <see cref="TranscriptionException"/> when none can load.</summary>
    public ITranscriber Get()
    {
        lock (_gate)
        {
            return _current ??= Load();
        }
    }

    /// <summary>What the status page shows: the engine in use, or the one that will load, and why Whisper is not used.</summary>
    public string Describe()
    {
        lock (_gate)
        {
            var engine = _current?.Name ?? $"{PlannedEngine}, loaded when a live starts";
            var note = _note ?? (_current is null ? PlannedNote : null);
            return note is null ? engine : $"{engine} ({note})";
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _current?.Dispose();
            _current = null;
        }
    }

    private bool WhisperModelPresent => whisper.Value.ModelPath is { Length: > 0 } path && File.Exists(path);

    private string PlannedEngine => options.Value.Engine switch
    {
        TranscriptionEngine.Whisper => WhisperRuntime.Engine,
        TranscriptionEngine.PocketSphinx => "PocketSphinx",
        _ => WhisperModelPresent ? WhisperRuntime.Engine : "PocketSphinx",
    };

    private string? PlannedNote => options.Value.Engine == TranscriptionEngine.Auto && !WhisperModelPresent
        ? "no Whisper model configured: set Whisper:ModelPath to use Whisper"
        : null;

    private ITranscriber Load()
    {
        switch (options.Value.Engine)
        {
            case TranscriptionEngine.Whisper:
                return new WhisperTranscriber(whisper);
            case TranscriptionEngine.PocketSphinx:
                return new PocketSphinxTranscriber(pocketSphinx);
        }

        if (WhisperModelPresent)
        {
            try
            {
                var loaded = new WhisperTranscriber(whisper);
                _note = null;
                return loaded;
            }
            catch (TranscriptionException e)
            {
                _note = $"Whisper could not load: {e.Message}";
                LogWhisperFallback(logger, e.Message);
            }
        }

        return new PocketSphinxTranscriber(pocketSphinx);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Whisper could not load, PocketSphinx transcribes instead: {Reason}")]
    private static partial void LogWhisperFallback(ILogger logger, string reason);
}
