using SentimentDashboard.Audio;

namespace SentimentDashboard.Transcription;

/// <summary>
/// Speech to text for one segment at a time. Implementations keep their model loaded between calls, are safe to call
/// from one thread at a time per instance, and throw <see cref="TranscriptionException"/> with a clear message for a
/// missing or unusable model.
/// </summary>
public interface ITranscriber : IDisposable
{
    /// <summary>The engine's name as the status page shows it (e.g. "Whisper.net 1.9.1 (whisper.cpp 1.8.5) with ggml-base.en.bin", "PocketSphinx en-us").</summary>
    string Name { get; }

    Task<Transcript> TranscribeAsync(AudioSegment segment, CancellationToken cancellation);
}
