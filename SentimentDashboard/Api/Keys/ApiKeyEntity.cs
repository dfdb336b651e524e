namespace SentimentDashboard.Api.Keys;

/// <summary>
/// An API key (table ApiKeys). Only the SHA-256 of the key is stored; <see cref="Prefix"/>, the key's first characters,
/// finds the row and tells keys apart in the list. A revoked key stays for the record.
/// </summary>
public sealed class ApiKeyEntity
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public required string Prefix { get; set; }

    public required byte[] Hash { get; set; }

    public ApiKeyScope Scope { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
