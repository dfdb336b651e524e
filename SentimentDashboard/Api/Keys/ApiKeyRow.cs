namespace SentimentDashboard.Api.Keys;

/// <summary>A key as the API keys page lists it: never the key itself, which is shown once when created.</summary>
public sealed record ApiKeyRow(
    long Id,
    string Name,
    string Prefix,
    ApiKeyScope Scope,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset? RevokedAt);
