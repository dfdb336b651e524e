using SentimentDashboard.Pipeline;

namespace SentimentDashboard.Alerts;

/// <summary>Posts the rules have not seen, the newest stored post when they were read, and how many beyond the limit were left out.</summary>
public sealed record AlertBacklog(IReadOnlyList<LivePost> Posts, long Through, int Skipped);
