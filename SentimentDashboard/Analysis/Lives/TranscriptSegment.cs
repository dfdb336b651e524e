namespace SentimentDashboard.Analysis.Lives;

/// <summary>A transcribed segment of a live, as stored (a post of its monitor) with its labels; scores are null when unscored.</summary>
public sealed record TranscriptSegment(
    long PostId,
    DateTimeOffset At,
    string Text,
    string? Sentiment,
    string? Emotion,
    float? Hate,
    float? Offensive,
    float? Risk);
