using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SentimentDashboard.Native;

namespace SentimentDashboard.Transcription.Whisper;

/// <summary>
/// Finds and loads libwhisper 1.9.1 and its ggml libraries once per process: from the configured directory, then
/// <c>.native/whisper</c> in the current directory, in the application folder and each folder above it, then the system's default search.
/// Mutes whisper's logging to stderr (keeping the last error for exception messages) and checks that the library's
/// default parameters read back as whisper.cpp 1.9.1 sets them, i.e. that the struct layouts of the binding match.
/// </summary>
internal static unsafe class WhisperLibrary
{
    public const string ImportName = "whisper";
    public const string Version = "1.9.1";

    private const string WhisperFile = "libwhisper.so";
    private const string BuildHint = "run `bash scripts/build-whisper.sh` in the repository (or set Whisper:LibraryDirectory)";

    // Dependencies first: once loaded, the loader satisfies libwhisper's references to them by their soname.
    private static readonly string[] Dependencies = ["libggml-base.so", "libggml-cpu.so", "libggml.so"];
    private static readonly Lock Gate = new();
    private static bool loaded;

    [ThreadStatic]
    private static string? lastError;

    public static void EnsureLoaded(string? configuredDirectory)
    {
        lock (Gate)
        {
            if (loaded)
            {
                return;
            }

            NativeLibraries.Register(ImportName, Load(configuredDirectory));
            WhisperApi.LogSet(&Log, IntPtr.Zero);
            CheckVersion();
            loaded = true;
        }
    }

    /// <summary>Forgets the last error whisper logged on this thread; call before a native call that may fail.</summary>
    public static void ClearError() => lastError = null;

    /// <summary>The last error whisper logged on this thread since <see cref="ClearError"/>, if any.</summary>
    public static string? LastError => lastError?.Trim();

    private static IntPtr Load(string? configuredDirectory)
    {
        var searched = SearchDirectories(configuredDirectory).Distinct().ToList();
        var directory = searched.FirstOrDefault(d => File.Exists(Path.Combine(d, WhisperFile)));
        if (directory is null)
        {
            return NativeLibrary.TryLoad(WhisperFile + ".1", out var system)
                ? system
                : throw new TranscriptionException($"libwhisper (whisper.cpp {Version}) not found in {string.Join(", ", searched)} nor on the system: {BuildHint}");
        }

        try
        {
            foreach (var dependency in Dependencies)
            {
                NativeLibrary.Load(Path.Combine(directory, dependency));
            }

            return NativeLibrary.Load(Path.Combine(directory, WhisperFile));
        }
        catch (Exception e) when (e is DllNotFoundException or BadImageFormatException)
        {
            throw new TranscriptionException($"could not load whisper.cpp from {directory} ({e.Message}): {BuildHint}", e);
        }
    }

    private static IEnumerable<string> SearchDirectories(string? configuredDirectory)
    {
        if (!string.IsNullOrWhiteSpace(configuredDirectory))
        {
            yield return Path.GetFullPath(configuredDirectory);
        }

        yield return Path.GetFullPath(Path.Combine(".native", "whisper"));
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            yield return Path.Combine(directory.FullName, ".native", "whisper");
        }
    }

    private static void CheckVersion()
    {
        var version = Marshal.PtrToStringUTF8(WhisperApi.Version());
        var context = WhisperApi.ContextDefaultParams();
        var full = WhisperApi.FullDefaultParams(WhisperApi.SamplingBeamSearch);
        // Fields from the start, the middle and the end of each struct, with the values whisper.cpp 1.9.1 gives them.
        var matches = version == Version
            && context is { UseGpu: true, FlashAttn: true, DtwTokenTimestamps: false, DtwNTop: -1, DtwMemSize: 128 * 1024 * 1024 }
            && full is
            {
                Strategy: WhisperApi.SamplingBeamSearch, NMaxTextCtx: 16384, NoContext: true, PrintProgress: true,
                TholdPt: 0.01f, SuppressBlank: true, Temperature: 0f, MaxInitialTs: 1f, LengthPenalty: -1f,
                TemperatureInc: 0.2f, EntropyThold: 2.4f, NoSpeechThold: 0.6f,
                Greedy.BestOf: -1, BeamSearch: { BeamSize: 5, Patience: -1f },
                NGrammarRules: 0, GrammarPenalty: 100f, Vad: false,
                VadParams: { Threshold: 0.5f, MinSpeechDurationMs: 250, MinSilenceDurationMs: 100, SpeechPadMs: 30 },
            }
            && full.VadParams.MaxSpeechDurationS == float.MaxValue;
        if (!matches)
        {
            throw new TranscriptionException($"libwhisper does not match the binding (expected {Version}, found {version ?? "unknown"}): {BuildHint}");
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Log(int level, byte* text, IntPtr userData)
    {
        if (level == WhisperApi.LogLevelError || (level == WhisperApi.LogLevelContinue && lastError is not null))
        {
            lastError += Marshal.PtrToStringUTF8((IntPtr)text);
        }
    }
}
