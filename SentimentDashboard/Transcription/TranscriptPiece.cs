namespace SentimentDashboard.Transcription;

/// <summary>One timed piece of a transcript; times are relative to the start of its segment.</summary>
public sealed record TranscriptPiece(TimeSpan Start, TimeSpan End, string Text);
