using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SentimentDashboard.Audio;
using SentimentDashboard.Classification;
using SentimentDashboard.Data;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Monitoring.Live;
using SentimentDashboard.Monitoring.Mastodon;
using SentimentDashboard.Pipeline;
using SentimentDashboard.Transcription;

namespace SentimentDashboard.Tests.Hosting;

/// <summary>The options of every feature as the app registers them, validated as at start, one failure a line.</summary>
public sealed class BindSettingsTests
{
    [Theory]
    [InlineData("Monitors:Startup:1", "rss", "Monitors:Startup:1 'rss': 'rss' is not KIND:TARGET (e.g. replay:posts.jsonl, mastodon:https://mastodon.social/tags/news)")]
    [InlineData("Models:Directory", "/nonexistent/models", "Models:Directory '/nonexistent/models': no such folder (fix: give the folder of the .model files, or leave Models:Directory unset for the shipped models/)")]
    [InlineData("Pipeline:BatchSize", "0", "Pipeline:BatchSize '0': The field BatchSize must be between 1 and 100000.")]
    [InlineData("Live:Jitter", "much", "Live:Jitter 'much': expected a number such as 2.5")]
    [InlineData("Mastodon:PollInterval", "soon", "Mastodon:PollInterval 'soon': expected a duration such as 00:00:30")]
    [InlineData("Transcription:Engine", "Vosk", "Transcription:Engine 'Vosk': expected one of Auto, Whisper, PocketSphinx")]
    [InlineData("Whisper:Language", "English", "Whisper:Language 'English': must be \"auto\" or a language code such as \"en\"")]
    [InlineData("Audio:FfmpegPath", "", "Audio:FfmpegPath '': The FfmpegPath field is required.")]
    public void A_bad_setting_fails_at_start_with_one_line_naming_it_and_its_value(string key, string value, string expected)
    {
        using var services = Services(new() { ["Monitors:Startup:0"] = "mastodon:https://mastodon.social/tags/news", [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal(expected, Assert.Single(error.Failures));
    }

    [Fact]
    public void Optional_tools_pointing_nowhere_are_valid_settings()
    {
        using var services = Services(new()
        {
            ["Audio:FfmpegPath"] = "/nonexistent/ffmpeg",
            ["Audio:FfprobePath"] = "/nonexistent/ffprobe",
            ["Audio:YtDlpPath"] = "/nonexistent/yt-dlp",
            ["PocketSphinx:ModelDirectory"] = "/nonexistent/pocketsphinx",
            ["Whisper:ModelPath"] = "/nonexistent/ggml-base.en.bin",
        });

        services.GetRequiredService<IStartupValidator>().Validate();
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddClassification().AddData().AddPipeline().AddMonitoring().AddMastodon().AddAudio().AddTranscription().AddLiveMonitoring();
        return services.BuildServiceProvider();
    }
}
