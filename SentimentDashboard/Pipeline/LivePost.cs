using SentimentDashboard.Monitoring;

namespace SentimentDashboard.Pipeline;

/// <summary>A post as committed to the database, for live pages. <see cref="Scores"/> is null when it was not scored.</summary>
public sealed record LivePost(
    long Id,
    long MonitorId,
    MonitorKind MonitorKind,
    string SourceId,
    DateTimeOffset CreatedAt,
    string? Author,
    string? Language,
    string Text,
    string? Url,
    IReadOnlyList<string> Tags,
    PostScores? Scores);
