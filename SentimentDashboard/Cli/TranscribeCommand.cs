using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SentimentDashboard.Audio;
using SentimentDashboard.Transcription;
using SentimentDashboard.Transcription.PocketSphinx;
using SentimentDashboard.Transcription.Whisper;

namespace SentimentDashboard.Cli;

/// <summary>
/// <c>transcribe --audio FILE.wav [--engine pocketsphinx|whisper] [--model PATH] [--language L] [--threads N]
/// [--reference TEXT]</c>: transcribes a 16 kHz mono WAV file as live monitors do and prints one JSON line with the
/// text, the seconds of a first (model loading) and a second run, the real-time factor and, given a reference, the word error rate.
/// <c>--model</c> is Whisper's model file, or PocketSphinx's model folder (default: Debian's pocketsphinx-en-us).
/// </summary>
internal static class TranscribeCommand
{
    public static async Task<int> RunAsync(CliArguments args, CliContext io)
    {
        var audioPath = args.Required("audio");
        var engine = args.Optional("engine") ?? "pocketsphinx";
        var model = args.Optional("model");
        var language = args.Optional("language") ?? "auto";
        var threads = args.Integer("threads", Math.Min(4, Environment.ProcessorCount));
        var reference = args.Optional("reference");
        args.RejectUnknown();

        var samples = WavFile.Read(audioPath);
        var segment = new AudioSegment(0, 0, DateTimeOffset.UtcNow, TimeSpan.Zero, samples);
        try
        {
            var clock = Stopwatch.StartNew();
            using var transcriber = Create(engine, model, language, threads);
            await transcriber.TranscribeAsync(segment, CancellationToken.None);
            var cold = clock.Elapsed;

            // The second run is the steady state of a live monitor: the model stays loaded between segments.
            clock.Restart();
            var transcript = await transcriber.TranscribeAsync(segment, CancellationToken.None);
            var warm = clock.Elapsed;
            var error = reference is null ? null : WordErrorRate.Compute(reference, transcript.Text);
            await io.Out.WriteLineAsync(JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["engine"] = transcriber.Name,
                ["audio_s"] = Round(segment.Duration.TotalSeconds),
                ["first_run_s"] = Round(cold.TotalSeconds),
                ["transcribe_s"] = Round(warm.TotalSeconds),
                ["rtf"] = Round(warm.TotalSeconds / segment.Duration.TotalSeconds),
                ["text"] = transcript.Text,
                ["wer"] = error is null ? null : Round(error.Rate),
            }));
            return 0;
        }
        catch (TranscriptionException e)
        {
            throw new CliException(e.Message);
        }
    }

    private static ITranscriber Create(string engine, string? model, string language, int threads) => engine switch
    {
        "pocketsphinx" => new PocketSphinxTranscriber(Options.Create(model is null ? new PocketSphinxOptions() : new PocketSphinxOptions { ModelDirectory = model })),
        "whisper" => new WhisperTranscriber(Options.Create(new WhisperOptions
        {
            ModelPath = model ?? throw new CliException("--engine whisper needs --model PATH (a ggml model file; see whisper-model)"),
            Language = language,
            Threads = threads,
        })),
        _ => throw new CliException($"--engine: expected pocketsphinx or whisper, got '{engine}'"),
    };

    private static double Round(double value) => Math.Round(value, 3, MidpointRounding.AwayFromZero);
}
