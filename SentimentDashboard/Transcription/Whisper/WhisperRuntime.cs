using System.Reflection;
using Whisper.net;
using Whisper.net.Logger;

namespace SentimentDashboard.Transcription.Whisper;

/// <summary>
/// The native whisper.cpp that Whisper.net.Runtime ships, loaded once per process by Whisper.net on first use. Model
/// loads that fail say why: the errors whisper.cpp logs while loading on the calling thread go into the message.
/// </summary>
internal static class WhisperRuntime
{
    /// <summary>The whisper.cpp release inside Whisper.net.Runtime 1.9.1, as its <c>whisper_version()</c> reports it.</summary>
    public const string WhisperCppVersion = "1.8.5";

    private static readonly Lazy<IReadOnlySet<string>> Languages = new(LoadLanguages);

    [ThreadStatic]
    private static List<string>? loadErrors;

    // Whisper.net drops whisper.cpp's log unless a logger is added; this one lives as long as the process.
    static WhisperRuntime() => LogProvider.AddLogger(CollectLoadError);

    /// <summary>What the status page calls the engine, e.g. "Whisper.net 1.9.1 (whisper.cpp 1.8.5)".</summary>
    public static string Engine { get; } =
        $"Whisper.net {typeof(WhisperFactory).Assembly.GetName().Version?.ToString(3)} (whisper.cpp {WhisperCppVersion})";

    /// <summary>Whether whisper.cpp knows the language code (e.g. "en", "haw").</summary>
    public static bool Knows(string language) => Languages.Value.Contains(language);

    /// <summary>Loads a model (on the CPU, with flash attention: as fast as a native build of whisper.cpp here).</summary>
    public static WhisperFactory Load(string path)
    {
        _ = Languages.Value; // a runtime that cannot load is reported as such, not as a failed model
        var errors = new List<string>();
        loadErrors = errors;
        var factory = WhisperFactory.FromPath(path, new WhisperFactoryOptions { UseGpu = false, UseFlashAttention = true });
        try
        {
            // FromPath keeps a failed load to itself until a builder is asked for.
            factory.CreateBuilder();
            return factory;
        }
        catch (WhisperModelLoadException e)
        {
            factory.Dispose();
            var reason = errors.Count > 0 ? string.Join(' ', errors) : "no reason given";
            throw new TranscriptionException($"whisper.cpp could not load the model '{path}': {reason}", e);
        }
        finally
        {
            loadErrors = null;
        }
    }

    private static IReadOnlySet<string> LoadLanguages()
    {
        try
        {
            return WhisperFactory.GetSupportedLanguages().ToHashSet(StringComparer.Ordinal);
        }
        catch (Exception e)
        {
            // Whisper.net reports a missing or unusable native runtime (no AVX2, old glibc, other platform) with
            // exceptions of several types, the base Exception among them.
            throw new TranscriptionException($"the Whisper.net runtime could not load on this machine: {e.Message}", e);
        }
    }

    private static void CollectLoadError(WhisperLogLevel level, string? message)
    {
        if (level == WhisperLogLevel.Error && !string.IsNullOrWhiteSpace(message))
        {
            loadErrors?.Add(message.Trim());
        }
    }
}
