using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SentimentDashboard.Audio;

namespace SentimentDashboard.Tests.Audio;

public sealed class AudioExtensionsTests
{
    [Fact]
    public void AddAudio_Configured_ResolvesSingletonsWithTheAudioSection()
    {
        using var provider = Build(new() { ["Audio:SegmentSeconds"] = "5", ["Audio:FfmpegPath"] = "/opt/ffmpeg" });

        Assert.IsType<FfmpegSegmentCapture>(provider.GetRequiredService<IAudioCapture>());
        Assert.Same(provider.GetRequiredService<IStreamResolver>(), provider.GetRequiredService<IStreamResolver>());
        var options = provider.GetRequiredService<IOptions<CaptureOptions>>().Value;
        Assert.Equal((5, "/opt/ffmpeg", "ffprobe", "yt-dlp"), (options.SegmentSeconds, options.FfmpegPath, options.FfprobePath, options.YtDlpPath));
    }

    [Fact]
    public void AddAudio_InvalidOptions_FailValidation()
    {
        using var provider = Build(new() { ["Audio:SegmentSeconds"] = "0", ["Audio:FfmpegPath"] = "" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<CaptureOptions>>().Value);

        Assert.Contains(error.Failures, f => f.Contains(nameof(CaptureOptions.SegmentSeconds), StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains(nameof(CaptureOptions.FfmpegPath), StringComparison.Ordinal));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddAudio();
        return services.BuildServiceProvider();
    }
}
