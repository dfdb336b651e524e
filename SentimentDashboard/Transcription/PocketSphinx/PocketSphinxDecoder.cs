using System.Runtime.InteropServices;
using SentimentDashboard.Audio;

namespace SentimentDashboard.Transcription.PocketSphinx;

/// <summary>One loaded PocketSphinx decoder: decodes whole utterances of 16 kHz 16-bit samples into timed words.</summary>
internal sealed class PocketSphinxDecoder : IDisposable
{
    // The default -frate is 100 frames a second.
    private static readonly TimeSpan FrameLength = TimeSpan.FromMilliseconds(10);

    private readonly DecoderHandle _handle;

    private PocketSphinxDecoder(DecoderHandle handle) => _handle = handle;

    /// <summary>Loads the model; <see cref="TranscriptionException"/> says what is missing or broken.</summary>
    public static PocketSphinxDecoder Create(PocketSphinxOptions options)
    {
        if (options.FindMissingModel() is { } missing)
        {
            throw new TranscriptionException($"{missing} ({PocketSphinxOptions.Fix})");
        }

        var arguments = new NativeArguments(
            ["-hmm", options.AcousticModelPath, "-lm", options.LanguageModelPath, "-dict", options.DictionaryPath, "-logfn", "/dev/null"]);
        try
        {
            PocketSphinxNative.SetLogFile(IntPtr.Zero);
            var config = PocketSphinxNative.ParseConfig(IntPtr.Zero, PocketSphinxNative.Arguments(), arguments.Count, arguments.Argv, strict: 1);
            if (config == IntPtr.Zero)
            {
                throw new TranscriptionException("PocketSphinx refused its configuration (an incompatible libpocketsphinx version?)");
            }

            var decoder = PocketSphinxNative.Init(config);

            // The decoder keeps its own reference to the config.
            PocketSphinxNative.FreeConfig(config);
            return decoder == IntPtr.Zero
                ? throw new TranscriptionException(
                    $"PocketSphinx could not load its model (acoustic model '{options.AcousticModelPath}', language model " +
                    $"'{options.LanguageModelPath}', dictionary '{options.DictionaryPath}'): a file is unreadable, corrupt or from another model")
                : new PocketSphinxDecoder(new DecoderHandle(decoder, arguments));
        }
        catch (Exception error)
        {
            arguments.Dispose();
            if (error is DllNotFoundException or EntryPointNotFoundException)
            {
                throw new TranscriptionException($"PocketSphinx is not installed: {PocketSphinxOptions.InstallHint}", error);
            }

            throw;
        }
    }

    /// <summary>Decodes one utterance. Throws <see cref="ObjectDisposedException"/> after <see cref="Dispose"/>.</summary>
    public IReadOnlyList<RecognizedWord> Decode(short[] samples)
    {
        var added = false;
        _handle.DangerousAddRef(ref added);
        try
        {
            var decoder = _handle.DangerousGetHandle();
            Check(PocketSphinxNative.StartUtterance(decoder), "start an utterance");
            var processed = PocketSphinxNative.ProcessRaw(decoder, samples, (nuint)samples.Length, noSearch: 0, fullUtterance: 1);
            var ended = PocketSphinxNative.EndUtterance(decoder);
            Check(processed, "decode the audio");
            Check(ended, "end the utterance");
            var duration = TimeSpan.FromSeconds((double)samples.Length / Pcm.SampleRate);
            return ReadWords(decoder, duration);
        }
        finally
        {
            if (added)
            {
                _handle.DangerousRelease();
            }
        }
    }

    public void Dispose() => _handle.Dispose();

    private static List<RecognizedWord> ReadWords(IntPtr decoder, TimeSpan duration)
    {
        var words = new List<RecognizedWord>();
        if (PocketSphinxNative.GetHypothesis(decoder, out _) == IntPtr.Zero)
        {
            return words;
        }

        for (var segment = PocketSphinxNative.SegmentIterator(decoder); segment != IntPtr.Zero; segment = PocketSphinxNative.SegmentNext(segment))
        {
            var name = Marshal.PtrToStringUTF8(PocketSphinxNative.SegmentWord(segment));
            if (name is not null && SphinxWords.Clean(name) is { } word)
            {
                PocketSphinxNative.SegmentFrames(segment, out var first, out var last);
                var start = Min(first * FrameLength, duration);
                words.Add(new RecognizedWord(word, start, Min((last + 1) * FrameLength, duration)));
            }
        }

        return words;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static void Check(int result, string action)
    {
        if (result < 0)
        {
            throw new TranscriptionException($"PocketSphinx failed to {action} (error {result})");
        }
    }
}
