using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SentimentDashboard.Audio;
using SentimentDashboard.Classification;
using SentimentDashboard.Data;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Monitoring.Bluesky;
using SentimentDashboard.Monitoring.Live;
using SentimentDashboard.Monitoring.Mastodon;
using SentimentDashboard.Monitoring.Rss;
using SentimentDashboard.Pipeline;
using SentimentDashboard.Transcription;

namespace SentimentDashboard.Tests.Hosting;

/// <summary>The options of every feature as the app registers them, validated as at start, one failure a line.</summary>
public sealed class BindSettingsTests
{
    [Theory]
    [InlineData("Monitors:Startup:1", "rss", "Monitors:Startup:1 'rss': 'rss' is not KIND:TARGET (e.g. replay:posts.jsonl, mastodon:https://mastodon.social/tags/news, bluesky:#news, rss:https://example.org/feed.xml)")]
    [InlineData("Monitors:Startup:1", "bluesky:@alice.bsky.social", "Monitors:Startup:1 'bluesky:@alice.bsky.social': '@alice.bsky.social' is not a Bluesky query: '@alice.bsky.social': follow an account by its DID (did:plc:…), which a handle change does not break; expected words, \"a phrase\", #tag or did:plc:… (any of them), and optionally lang:en,fr")]
    [InlineData("Bluesky:JetstreamUrl", "https://jetstream2.us-east.bsky.network/subscribe", "Bluesky:JetstreamUrl 'https://jetstream2.us-east.bsky.network/subscribe': not a ws:// or wss:// address")]
    [InlineData("Bluesky:FallbackUrls", "wss://a.example/subscribe nowhere", "Bluesky:FallbackUrls 'wss://a.example/subscribe nowhere': 'nowhere': not a ws:// or wss:// address")]
    [InlineData("Rss:PollSeconds", "0", "Rss:PollSeconds '0': The field PollSeconds must be between 1 and 86400.")]
    [InlineData("Rss:MaxFeedMegabytes", "lots", "Rss:MaxFeedMegabytes 'lots': expected a whole number")]
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
        services.AddClassification().AddData().AddPipeline().AddMonitoring().AddMastodon().AddBluesky().AddRss().AddAudio().AddTranscription().AddLiveMonitoring();
        return services.BuildServiceProvider();
    }
}
