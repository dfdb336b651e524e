using Microsoft.Extensions.Options;
using SentimentDashboard.Transcription.PocketSphinx;
using SentimentDashboard.Transcription.Whisper;

namespace SentimentDashboard.Transcription;

/// <summary>
/// The one transcriber every live monitor shares, loaded on first use and kept: Whisper (whisper.cpp) when a model is
/// configured and present, the default then; otherwise PocketSphinx. When Whisper is chosen automatically but cannot
/// load, PocketSphinx takes over and <see cref="Describe"/> says why. Both engines are optional: with neither
/// installed the app runs without transcription, and <see cref="FindProblem"/> says what to install. A failed load is
/// tried again on the next call.
/// </summary>
public sealed partial class TranscriberProvider(
    IOptions<TranscriptionOptions> options,
    IOptions<WhisperOptions> whisper,
    IOptions<PocketSphinxOptions> pocketSphinx,
    ILogger<TranscriberProvider> logger) : IDisposable
{
    private const string NoEngine = "no transcription engine";
    private const string WhisperFix = $"fetch a Whisper model with whisper-model and set {WhisperOptions.Section}:ModelPath";

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

    /// <summary>
    /// Null when an engine is loaded or its files are all there; otherwise why no engine can run and what to install.
    /// Cheap enough to ask at every poll: it looks for files and libraries but loads no model.
    /// </summary>
    public string? FindProblem()
    {
        lock (_gate)
        {
            return _current is null ? Problem() : null;
        }
    }

    /// <summary>What the status page shows: the engine in use, or the one that will load, and why Whisper is not used; or why none can run.</summary>
    public string Describe()
    {
        lock (_gate)
        {
            if (_current is null && Problem() is { } problem)
            {
                return problem;
            }

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

    private string? WhisperMissing() => WhisperModelPresent ? null
        : string.IsNullOrEmpty(whisper.Value.ModelPath) ? "no Whisper model configured"
        : $"Whisper model '{whisper.Value.ModelPath}' not found";

    private string? PocketSphinxMissing() => PocketSphinxInstallation.FindMissing(pocketSphinx.Value);

    private string? Problem() => options.Value.Engine switch
    {
        TranscriptionEngine.Whisper => WhisperMissing() is { } whisperMissing ? $"{NoEngine}: {whisperMissing} ({WhisperFix})" : null,
        TranscriptionEngine.PocketSphinx => PocketSphinxMissing() is { } missing ? $"{NoEngine}: {missing} ({PocketSphinxOptions.Fix})" : null,
        _ => WhisperMissing() is { } whisperMissing && PocketSphinxMissing() is { } missing
            ? $"{NoEngine}: {PocketSphinxOptions.InstallHint}, or {WhisperFix} ({missing}; {whisperMissing})"
            : null,
    };

    private ITranscriber Load()
    {
        if (Problem() is { } problem)
        {
            throw new TranscriptionException(problem);
        }

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
                if (PocketSphinxMissing() is { } missing)
                {
                    throw new TranscriptionException($"{NoEngine}: Whisper could not load ({e.Message}) and {missing} ({PocketSphinxOptions.Fix})", e);
                }

                _note = $"Whisper could not load: {e.Message}";
                LogWhisperFallback(logger, e.Message);
            }
        }

        return new PocketSphinxTranscriber(pocketSphinx);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Whisper could not load, PocketSphinx transcribes instead: {Reason}")]
    private static partial void LogWhisperFallback(ILogger logger, string reason);
}
