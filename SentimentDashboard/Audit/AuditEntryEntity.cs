namespace SentimentDashboard.Audit;

/// <summary>
/// One admin or security action (table AuditEntries): who did what to which thing, when, from where, and the thing
/// before and after (JSON, null where it did not exist).
/// </summary>
public sealed class AuditEntryEntity
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Actor { get; set; }

    public required string Action { get; set; }

    public string? Target { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }

    public string? Address { get; set; }
}
