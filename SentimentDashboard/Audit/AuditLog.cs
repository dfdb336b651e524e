using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using SentimentDashboard.Data;

namespace SentimentDashboard.Audit;

/// <summary>Writes admin and security actions to the AuditEntries table, each in its own transaction.</summary>
public sealed class AuditLog(IDbContextFactory<DashboardDbContext> contexts, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

    /// <summary>The actor of a request or circuit: the user's email, or the API key's name.</summary>
    public static string ActorOf(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "anonymous";

    public async Task WriteAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        context.AuditEntries.Add(new AuditEntryEntity
        {
            At = time.GetUtcNow(),
            Actor = record.Actor,
            Action = record.Action,
            Target = record.Target,
            Before = Serialize(record.Before),
            After = Serialize(record.After),
            Address = record.Address,
        });
        await context.SaveChangesAsync(cancellationToken);
    }

    private static string? Serialize(object? value) => value is null ? null : JsonSerializer.Serialize(value, value.GetType(), Json);
}
