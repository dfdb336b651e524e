using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SentimentDashboard.Tests.Infrastructure;
using SentimentDashboard.Tests.Transcription.Whisper;
using SentimentDashboard.Transcription;
using SentimentDashboard.Transcription.PocketSphinx;
using SentimentDashboard.Transcription.Whisper;

namespace SentimentDashboard.Tests.Transcription;

public sealed class TranscriberProviderTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Auto_WithoutWhisperModel_UsesPocketSphinxAndSaysHowToGetWhisper()
    {
        using var provider = Provider(TranscriptionEngine.Auto, modelPath: null);

        Assert.Contains("Whisper:ModelPath", provider.Describe(), StringComparison.Ordinal);
        Assert.Equal("PocketSphinx en-us", provider.Get().Name);
        Assert.Equal("PocketSphinx en-us", provider.Describe());
    }

    [Fact]
    public void Auto_WithWhisperModel_UsesWhisper()
    {
        using var provider = Provider(TranscriptionEngine.Auto, WhisperTestFiles.EnglishModel);

        Assert.Equal("Whisper.net 1.9.1 (whisper.cpp 1.8.5) with for-tests-ggml-tiny.en.bin", provider.Get().Name);
    }

    [Fact]
    public void Describe_BeforeLoading_NamesTheWhisperEngineThatWillLoad()
    {
        using var provider = Provider(TranscriptionEngine.Auto, WhisperTestFiles.EnglishModel);

        Assert.Equal("Whisper.net 1.9.1 (whisper.cpp 1.8.5), loaded when a live starts", provider.Describe());
    }

    [Fact]
    public void Auto_WithCorruptWhisperModel_FallsBackToPocketSphinxAndSaysWhy()
    {
        var corrupt = _temp.WriteBytes("ggml-broken.bin", [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 31))]);
        using var provider = Provider(TranscriptionEngine.Auto, corrupt);

        Assert.Equal("PocketSphinx en-us", provider.Get().Name);
        Assert.Contains("Whisper could not load", provider.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Whisper_Chosen_WithMissingModel_IsAClearError()
    {
        using var provider = Provider(TranscriptionEngine.Whisper, Path.Combine(_temp.Path, "missing.bin"));

        var error = Assert.Throws<TranscriptionException>(() => provider.Get());
        Assert.Contains("missing.bin", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Auto_WithNeitherEngine_SaysThatNoneCanRunWhatToInstallAndWhy()
    {
        using var provider = Provider(TranscriptionEngine.Auto, modelPath: null, pocketSphinxModels: "/nonexistent/pocketsphinx");
        const string Expected =
            "no transcription engine: apt-get install libpocketsphinx3 pocketsphinx-en-us, or fetch a Whisper model with whisper-model " +
            "and set Whisper:ModelPath (PocketSphinx acoustic model folder '/nonexistent/pocketsphinx/en-us' not found; no Whisper model configured)";

        Assert.Equal(Expected, provider.FindProblem());
        Assert.Equal(Expected, provider.Describe());
        Assert.Equal(Expected, Assert.Throws<TranscriptionException>(() => provider.Get()).Message);
    }

    [Fact]
    public void PocketSphinx_Chosen_WithoutItsModel_SaysWhatToInstall()
    {
        using var provider = Provider(TranscriptionEngine.PocketSphinx, modelPath: null, pocketSphinxModels: "/nonexistent/pocketsphinx");

        Assert.Equal(
            "no transcription engine: PocketSphinx acoustic model folder '/nonexistent/pocketsphinx/en-us' not found " +
            "(apt-get install libpocketsphinx3 pocketsphinx-en-us, or set PocketSphinx:ModelDirectory)",
            provider.FindProblem());
    }

    [Fact]
    public void Auto_WithPocketSphinxInstalled_HasNoProblem()
    {
        using var provider = Provider(TranscriptionEngine.Auto, modelPath: null);

        Assert.Null(provider.FindProblem());
    }

    [Fact]
    public void Get_CalledTwice_GivesTheSameLoadedTranscriber()
    {
        using var provider = Provider(TranscriptionEngine.PocketSphinx, modelPath: null);

        Assert.Same(provider.Get(), provider.Get());
    }

    public void Dispose() => _temp.Dispose();

    private static TranscriberProvider Provider(TranscriptionEngine engine, string? modelPath, string? pocketSphinxModels = null) => new(
        Options.Create(new TranscriptionOptions { Engine = engine }),
        Options.Create(new WhisperOptions { ModelPath = modelPath, Threads = 2 }),
        Options.Create(pocketSphinxModels is null ? new PocketSphinxOptions() : new PocketSphinxOptions { ModelDirectory = pocketSphinxModels }),
        NullLogger<TranscriberProvider>.Instance);
}
