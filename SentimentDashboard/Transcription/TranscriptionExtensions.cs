using SentimentDashboard.Transcription.PocketSphinx;
using SentimentDashboard.Transcription.Whisper;

namespace SentimentDashboard.Transcription;

public static class TranscriptionExtensions
{
    /// <summary>The shared <see cref="TranscriberProvider"/> and the options of both engines (sections Transcription, Whisper, PocketSphinx).</summary>
    public static IServiceCollection AddTranscription(this IServiceCollection services)
    {
        services.AddOptions<TranscriptionOptions>().BindConfiguration(TranscriptionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<WhisperOptions>().BindConfiguration(WhisperOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PocketSphinxOptions>().BindConfiguration(PocketSphinxOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TranscriberProvider>();
        return services;
    }
}
