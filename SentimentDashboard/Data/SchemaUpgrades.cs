using Microsoft.EntityFrameworkCore;
using SentimentDashboard.Accounts;

namespace SentimentDashboard.Data;

/// <summary>The steps that bring a database written by an earlier build to the current schema, one version at a time, each in a transaction.</summary>
internal static class SchemaUpgrades
{
    private static readonly Dictionary<int, string[]> StepsFrom = new()
    {
        [1] =
        [
            """
            CREATE TABLE "Lives" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_Lives" PRIMARY KEY AUTOINCREMENT,
                "MonitorId" INTEGER NOT NULL,
                "StartedAt" INTEGER NOT NULL,
                "EndedAt" INTEGER NULL,
                "Title" TEXT NULL,
                "Viewers" INTEGER NULL,
                "PeakViewers" INTEGER NULL,
                "Segments" INTEGER NOT NULL,
                "DroppedSegments" INTEGER NOT NULL,
                "Reconnects" INTEGER NOT NULL,
                "LastSegmentAt" INTEGER NULL,
                CONSTRAINT "FK_Lives_Monitors_MonitorId" FOREIGN KEY ("MonitorId") REFERENCES "Monitors" ("Id") ON DELETE CASCADE)
            """,
            """CREATE INDEX "IX_Lives_MonitorId_StartedAt" ON "Lives" ("MonitorId", "StartedAt")""",
            """CREATE INDEX "IX_Lives_StartedAt" ON "Lives" ("StartedAt")""",
        ],
        [2] = AccountsSchema.Create,
    };

    public static async Task ApplyAsync(DashboardDbContext context, int from, int to, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var version = from; version < to; version++)
        {
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            foreach (var sql in StepsFrom[version])
            {
                await context.Database.ExecuteSqlRawAsync(sql, cancellationToken);
            }

            context.SchemaVersions.Add(new SchemaVersionEntity { Version = version + 1, AppliedAt = now });
            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }
}
