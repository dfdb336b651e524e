using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SentimentDashboard.Audit;
using SentimentDashboard.Data;

namespace SentimentDashboard.Api.Keys;

/// <summary>
/// Creates, lists, revokes and checks API keys. A key is <c>sd_PREFIX_SECRET</c>; the database keeps its prefix and the
/// SHA-256 of the whole key, so a stolen database gives no key. The configured <c>Dashboard:ApiKey</c> is accepted too,
/// with write scope, for automation that predates accounts.
/// </summary>
public sealed class ApiKeyStore(IDbContextFactory<DashboardDbContext> contexts, IOptions<ApiOptions> options, AuditLog audit, TimeProvider time)
{
    public const string ConfiguredKeyName = "configuration key (Dashboard:ApiKey)";

    private const string PrefixAlphabet = "abcdefghijklmnopqrstuvwxyz234567";

    /// <summary>How stale the last-used time may get before a call writes it again: at most one write per key a minute.</summary>
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public async Task<IReadOnlyList<ApiKeyRow>> ListAsync(CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var keys = await context.ApiKeys.AsNoTracking().ToListAsync(cancellationToken);
        return [.. keys.OrderByDescending(k => k.CreatedAt).Select(Row)];
    }

    /// <summary>Creates a key and returns it: the only time it is ever shown.</summary>
    public async Task<string> CreateAsync(string name, ApiKeyScope scope, string actor, CancellationToken cancellationToken)
    {
        var prefix = RandomNumberGenerator.GetString(PrefixAlphabet, 10);
        var key = $"sd_{prefix}_{WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32))}";
        var entity = new ApiKeyEntity
        {
            Name = name.Trim(),
            Prefix = prefix,
            Hash = Hash(key),
            Scope = scope,
            CreatedAt = time.GetUtcNow(),
            CreatedBy = actor,
        };
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        context.ApiKeys.Add(entity);
        await context.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditRecord(actor, AuditActions.ApiKeyCreated, entity.Name, After: Row(entity)), cancellationToken);
        return key;
    }

    public async Task<bool> RevokeAsync(long id, string actor, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await context.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (entity is null || entity.RevokedAt is not null)
        {
            return false;
        }

        var before = Row(entity);
        entity.RevokedAt = time.GetUtcNow();
        await context.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditRecord(actor, AuditActions.ApiKeyRevoked, entity.Name, before, Row(entity)), cancellationToken);
        return true;
    }

    /// <summary>The caller a key stands for, or null when it is unknown, revoked or wrong.</summary>
    public async Task<ApiKeyCaller?> AuthenticateAsync(string key, CancellationToken cancellationToken)
    {
        if (options.Value.ApiKey is { Length: > 0 } configured
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(configured), Encoding.UTF8.GetBytes(key)))
        {
            return new ApiKeyCaller(ConfiguredKeyName, ApiKeyScope.Write);
        }

        var parts = key.Split('_', 3);
        if (parts is not ["sd", { Length: 10 } prefix, { Length: > 0 }])
        {
            return null;
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await context.ApiKeys.SingleOrDefaultAsync(k => k.Prefix == prefix, cancellationToken);
        if (entity is null || entity.RevokedAt is not null || !CryptographicOperations.FixedTimeEquals(entity.Hash, Hash(key)))
        {
            return null;
        }

        var now = time.GetUtcNow();
        if (entity.LastUsedAt is not { } used || now - used >= LastUsedResolution)
        {
            entity.LastUsedAt = now;
            await context.SaveChangesAsync(cancellationToken);
        }

        return new ApiKeyCaller($"API key '{entity.Name}' ({entity.Prefix})", entity.Scope);
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    private static ApiKeyRow Row(ApiKeyEntity k) => new(k.Id, k.Name, k.Prefix, k.Scope, k.CreatedAt, k.CreatedBy, k.LastUsedAt, k.RevokedAt);
}
