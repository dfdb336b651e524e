namespace SentimentDashboard.Audit;

/// <summary>An action to record: <paramref name="Before"/> and <paramref name="After"/> are serialized as JSON.</summary>
public sealed record AuditRecord(string Actor, string Action, string? Target, object? Before = null, object? After = null, string? Address = null);
