namespace SentimentDashboard.Review;

/// <summary>The review queue's table for a database written before it (schema version 7), as EF Core creates it on a new file (<see cref="ReviewModel"/>).</summary>
internal static class ReviewSchema
{
    public static string[] Create { get; } =
    [
        """
        CREATE TABLE "ReviewItems" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_ReviewItems" PRIMARY KEY AUTOINCREMENT,
            "PostId" INTEGER NULL,
            "MonitorId" INTEGER NULL,
            "MonitorName" TEXT NOT NULL,
            "SourceId" TEXT NOT NULL,
            "Author" TEXT NULL,
            "Language" TEXT NULL,
            "Text" TEXT NOT NULL,
            "PostedAt" INTEGER NOT NULL,
            "QueuedAt" INTEGER NOT NULL,
            "Risk" REAL NOT NULL,
            "Hate" REAL NOT NULL,
            "Offensive" REAL NOT NULL,
            "ModelHate" INTEGER NOT NULL,
            "ModelOffensive" INTEGER NOT NULL,
            "ModelSentiment" TEXT NOT NULL,
            "ModelCategory" TEXT NOT NULL,
            "Justification" TEXT NOT NULL,
            "Status" TEXT NOT NULL,
            "LabelHate" INTEGER NULL,
            "LabelOffensive" INTEGER NULL,
            "LabelSentiment" TEXT NULL,
            "LabelCategory" TEXT NULL,
            "DecidedAt" INTEGER NULL,
            "DecidedBy" TEXT NULL,
            "DecidedByName" TEXT NULL,
            "Note" TEXT NULL,
            "OpinionCategory" TEXT NULL,
            "OpinionVirality" TEXT NULL,
            "OpinionHate" INTEGER NULL,
            "OpinionTarget" TEXT NULL,
            "OpinionJustification" TEXT NULL,
            "OpinionScore" REAL NULL,
            "OpinionModel" TEXT NULL,
            "OpinionError" TEXT NULL,
            "OpinionAt" INTEGER NULL,
            CONSTRAINT "FK_ReviewItems_Monitors_MonitorId" FOREIGN KEY ("MonitorId") REFERENCES "Monitors" ("Id") ON DELETE SET NULL,
            CONSTRAINT "FK_ReviewItems_Posts_PostId" FOREIGN KEY ("PostId") REFERENCES "Posts" ("Id") ON DELETE SET NULL
        )
        """,
        """CREATE INDEX "IX_ReviewItems_DecidedAt" ON "ReviewItems" ("DecidedAt")""",
        """CREATE INDEX "IX_ReviewItems_MonitorId" ON "ReviewItems" ("MonitorId")""",
        """CREATE UNIQUE INDEX "IX_ReviewItems_PostId" ON "ReviewItems" ("PostId")""",
        """CREATE INDEX "IX_ReviewItems_Status_Risk" ON "ReviewItems" ("Status", "Risk")""",
    ];
}
