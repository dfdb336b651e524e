using Microsoft.Extensions.Options;
using SentimentDashboard.Audio;
using SentimentDashboard.Tests.Infrastructure;
using SentimentDashboard.Transcription.Whisper;

namespace SentimentDashboard.Tests.Transcription.Whisper;

/// <summary>whisper.cpp's empty test models (real dimensions, no weights) and the JFK sample, from the test fixtures.</summary>
public static class WhisperTestFiles
{
    public static string EnglishModel { get; } = FixtureFiles.Path("whisper", "for-tests-ggml-tiny.en.bin");

    public static string MultilingualModel { get; } = FixtureFiles.Path("whisper", "for-tests-ggml-tiny.bin");

    public static AudioSegment Jfk { get; } = new(1, 0, DateTimeOffset.UnixEpoch, TimeSpan.Zero, WavFile.Read(TestAudio.Jfk));

    public static WhisperTranscriber Transcriber(string model, Action<WhisperOptions>? configure = null)
    {
        var options = new WhisperOptions { ModelPath = model, Threads = 2 };
        configure?.Invoke(options);
        return new WhisperTranscriber(Options.Create(options));
    }
}
