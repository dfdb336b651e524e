using Microsoft.EntityFrameworkCore;
using SentimentDashboard.Accounts;
using SentimentDashboard.Alerts;
using SentimentDashboard.Rollups;

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

        // The overview's rollups, counted from every stored post (in slices, so the log shows the progress), and the
        // indexes of the row queries that remain: authors, and the posts grid's score sorts.
        [2] =
        [
            """
            CREATE TABLE "PostCounts" (
                "Width" INTEGER NOT NULL,
                "Bucket" INTEGER NOT NULL,
                "MonitorId" INTEGER NOT NULL,
                "Sentiment" TEXT NOT NULL,
                "Hate" INTEGER NOT NULL,
                "Offensive" INTEGER NOT NULL,
                "Language" TEXT NOT NULL,
                "Posts" INTEGER NOT NULL,
                "TextLength" INTEGER NOT NULL,
                CONSTRAINT "PK_PostCounts" PRIMARY KEY ("Width", "Bucket", "MonitorId", "Sentiment", "Hate", "Offensive", "Language"),
                CONSTRAINT "FK_PostCounts_Monitors_MonitorId" FOREIGN KEY ("MonitorId") REFERENCES "Monitors" ("Id") ON DELETE CASCADE)
            """,
            """
            CREATE TABLE "TagCounts" (
                "Width" INTEGER NOT NULL,
                "Bucket" INTEGER NOT NULL,
                "Tag" TEXT NOT NULL,
                "MonitorId" INTEGER NOT NULL,
                "Sentiment" TEXT NOT NULL,
                "Hate" INTEGER NOT NULL,
                "Offensive" INTEGER NOT NULL,
                "Posts" INTEGER NOT NULL,
                CONSTRAINT "PK_TagCounts" PRIMARY KEY ("Width", "Bucket", "Tag", "MonitorId", "Sentiment", "Hate", "Offensive"),
                CONSTRAINT "FK_TagCounts_Monitors_MonitorId" FOREIGN KEY ("MonitorId") REFERENCES "Monitors" ("Id") ON DELETE CASCADE)
            """,
            """CREATE INDEX "IX_PostCounts_MonitorId" ON "PostCounts" ("MonitorId")""",
            """CREATE INDEX "IX_TagCounts_MonitorId" ON "TagCounts" ("MonitorId")""",
            """CREATE INDEX "IX_Posts_Author_CreatedAt" ON "Posts" ("Author", "CreatedAt")""",
            """CREATE INDEX "IX_Posts_Negative_CreatedAt" ON "Posts" ("Negative", "CreatedAt")""",
            """CREATE INDEX "IX_Posts_Hate_CreatedAt" ON "Posts" ("Hate", "CreatedAt")""",
            """CREATE INDEX "IX_Posts_Offensive_CreatedAt" ON "Posts" ("Offensive", "CreatedAt")""",
            """CREATE INDEX "IX_Posts_Risk_CreatedAt" ON "Posts" ("Risk", "CreatedAt")""",
            .. RollupSql.Build(slices: 20),
        ],
        [3] = AccountsSchema.Create,

        // The likes, reposts and replies counted into Bluesky posts' engagement counts (Bluesky:Engagement).
        [4] =
        [
            """
            CREATE TABLE "PostEngagements" (
                "RecordId" TEXT NOT NULL,
                "PostId" INTEGER NOT NULL,
                "Kind" TEXT NOT NULL,
                CONSTRAINT "PK_PostEngagements" PRIMARY KEY ("RecordId", "PostId"),
                CONSTRAINT "FK_PostEngagements_Posts_PostId" FOREIGN KEY ("PostId") REFERENCES "Posts" ("Id") ON DELETE CASCADE)
            """,
            """CREATE INDEX "IX_PostEngagements_PostId" ON "PostEngagements" ("PostId")""",
        ],
        [5] = AlertsSchema.Create,

        // The risk analysis of each scored post (prior-corrected probabilities, category, virality, target of hate,
        // justification), beside the posts so a large file is not rewritten; older posts keep their stored risk.
        [6] =
        [
            """
            CREATE TABLE "PostRisks" (
                "PostId" INTEGER NOT NULL CONSTRAINT "PK_PostRisks" PRIMARY KEY,
                "CalibratedNegative" REAL NOT NULL,
                "CalibratedHate" REAL NOT NULL,
                "CalibratedOffensive" REAL NOT NULL,
                "ContentRisk" REAL NOT NULL,
                "Category" TEXT NOT NULL,
                "Virality" TEXT NOT NULL,
                "EngagementPerMinute" REAL NOT NULL,
                "HateTarget" TEXT NULL,
                "TargetTerms" TEXT NOT NULL,
                "Justification" TEXT NOT NULL,
                CONSTRAINT "FK_PostRisks_Posts_PostId" FOREIGN KEY ("PostId") REFERENCES "Posts" ("Id") ON DELETE CASCADE)
            """,
        ],

        // The review queue: high-risk items with the models' output, the LLM's second opinion and a person's decision.
        [7] = Review.ReviewSchema.Create,

        // Where alert evaluation stopped, so that posts stored in the moment before a crash are evaluated at the next start.
        [8] =
        [
            """
            CREATE TABLE "AlertMarks" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_AlertMarks" PRIMARY KEY,
                "LastPostId" INTEGER NOT NULL,
                "UpdatedAt" INTEGER NOT NULL)
            """,
        ],
    };

    /// <summary>Applies the steps; <paramref name="progress"/> hears (version being reached, statements done, statements in its step) after each statement.</summary>
    public static async Task ApplyAsync(
        DashboardDbContext context, int from, int to, DateTimeOffset now, Action<int, int, int> progress, CancellationToken cancellationToken)
    {
        for (var version = from; version < to; version++)
        {
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            var steps = StepsFrom[version];
            for (var i = 0; i < steps.Length; i++)
            {
                await context.Database.ExecuteSqlRawAsync(steps[i], cancellationToken);
                progress(version + 1, i + 1, steps.Length);
            }

            context.SchemaVersions.Add(new SchemaVersionEntity { Version = version + 1, AppliedAt = now });
            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }
}
