namespace SentimentDashboard.Transcription;

/// <summary>A transcriber could not be loaded or run (missing library, missing or corrupt model); the message says what to do.</summary>
public sealed class TranscriptionException(string message, Exception? inner = null) : Exception(message, inner);
