namespace SentimentDashboard.Api.Keys;

/// <summary>Who an accepted key belongs to: the name shown in the audit log, and what it may do.</summary>
public sealed record ApiKeyCaller(string Name, ApiKeyScope Scope);
