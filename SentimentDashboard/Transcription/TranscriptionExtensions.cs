using SentimentDashboard.Hosting;
using SentimentDashboard.Transcription.PocketSphinx;
using SentimentDashboard.Transcription.Whisper;

namespace SentimentDashboard.Transcription;

public static class TranscriptionExtensions
{
    /// <summary>The shared <see cref="TranscriberProvider"/> and the options of both engines (sections Transcription, Whisper, PocketSphinx).</summary>
    public static IServiceCollection AddTranscription(this IServiceCollection services)
    {
        services.AddOptions<TranscriptionOptions>().BindSettings(TranscriptionOptions.Section);
        services.AddOptions<WhisperOptions>().BindSettings(WhisperOptions.Section);
        services.AddOptions<PocketSphinxOptions>().BindSettings(PocketSphinxOptions.Section);
        services.AddSingleton<TranscriberProvider>();
        return services;
    }
}
