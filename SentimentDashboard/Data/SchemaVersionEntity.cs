namespace SentimentDashboard.Data;

/// <summary>The schema version a database file is at (table SchemaVersion, one row per version applied).</summary>
public sealed class SchemaVersionEntity
{
    public int Version { get; set; }

    public DateTimeOffset AppliedAt { get; set; }
}
