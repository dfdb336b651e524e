using System.Globalization;

namespace SentimentDashboard.Alerts;

/// <summary>
/// The alert tables for a database written before them (schema version 5), as EF Core creates them on a new file
/// (<see cref="AlertsModel"/>), with the default rules a new file gets.
/// </summary>
internal static class AlertsSchema
{
    public static string[] Create { get; } =
    [
        """
        CREATE TABLE "AlertRules" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_AlertRules" PRIMARY KEY AUTOINCREMENT,
            "Name" TEXT NOT NULL,
            "Kind" TEXT NOT NULL,
            "Severity" TEXT NOT NULL,
            "Enabled" INTEGER NOT NULL,
            "MonitorId" INTEGER NULL,
            "Threshold" REAL NOT NULL,
            "Terms" TEXT NULL,
            "Signal" TEXT NOT NULL,
            "MinPosts" INTEGER NOT NULL,
            "Events" INTEGER NOT NULL,
            "SilentMinutes" INTEGER NOT NULL,
            "GroupMinutes" INTEGER NOT NULL,
            "CooldownMinutes" INTEGER NOT NULL,
            "UpdatedAt" INTEGER NOT NULL,
            "WebhookUrl" TEXT NULL,
            "WebhookText" INTEGER NOT NULL,
            CONSTRAINT "FK_AlertRules_Monitors_MonitorId" FOREIGN KEY ("MonitorId") REFERENCES "Monitors" ("Id") ON DELETE CASCADE
        )
        """,
        """
        CREATE TABLE "Alerts" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_Alerts" PRIMARY KEY AUTOINCREMENT,
            "RuleId" INTEGER NULL,
            "RuleName" TEXT NOT NULL,
            "Kind" TEXT NOT NULL,
            "Severity" TEXT NOT NULL,
            "MonitorId" INTEGER NULL,
            "Title" TEXT NOT NULL,
            "Detail" TEXT NULL,
            "Count" INTEGER NOT NULL,
            "FirstAt" INTEGER NOT NULL,
            "CreatedAt" INTEGER NOT NULL,
            "UpdatedAt" INTEGER NOT NULL,
            "AcknowledgedAt" INTEGER NULL,
            "AcknowledgedBy" TEXT NULL,
            "AcknowledgedByName" TEXT NULL,
            "AcknowledgeNote" TEXT NULL,
            CONSTRAINT "FK_Alerts_AlertRules_RuleId" FOREIGN KEY ("RuleId") REFERENCES "AlertRules" ("Id") ON DELETE SET NULL,
            CONSTRAINT "FK_Alerts_Monitors_MonitorId" FOREIGN KEY ("MonitorId") REFERENCES "Monitors" ("Id") ON DELETE SET NULL
        )
        """,
        """
        CREATE TABLE "AlertPosts" (
            "AlertId" INTEGER NOT NULL,
            "PostId" INTEGER NOT NULL,
            CONSTRAINT "PK_AlertPosts" PRIMARY KEY ("AlertId", "PostId"),
            CONSTRAINT "FK_AlertPosts_Alerts_AlertId" FOREIGN KEY ("AlertId") REFERENCES "Alerts" ("Id") ON DELETE CASCADE,
            CONSTRAINT "FK_AlertPosts_Posts_PostId" FOREIGN KEY ("PostId") REFERENCES "Posts" ("Id") ON DELETE CASCADE
        )
        """,
        """
        CREATE TABLE "AlertReads" (
            "AlertId" INTEGER NOT NULL,
            "UserId" TEXT NOT NULL,
            "ReadAt" INTEGER NOT NULL,
            CONSTRAINT "PK_AlertReads" PRIMARY KEY ("AlertId", "UserId"),
            CONSTRAINT "FK_AlertReads_Alerts_AlertId" FOREIGN KEY ("AlertId") REFERENCES "Alerts" ("Id") ON DELETE CASCADE,
            CONSTRAINT "FK_AlertReads_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
        )
        """,
        """CREATE INDEX "IX_AlertPosts_PostId" ON "AlertPosts" ("PostId")""",
        """CREATE INDEX "IX_AlertReads_UserId" ON "AlertReads" ("UserId")""",
        """CREATE INDEX "IX_AlertRules_MonitorId" ON "AlertRules" ("MonitorId")""",
        """CREATE INDEX "IX_Alerts_CreatedAt" ON "Alerts" ("CreatedAt")""",
        """CREATE INDEX "IX_Alerts_MonitorId" ON "Alerts" ("MonitorId")""",
        """CREATE INDEX "IX_Alerts_RuleId_MonitorId_UpdatedAt" ON "Alerts" ("RuleId", "MonitorId", "UpdatedAt")""",
        .. DefaultAlertRules.All.Select(Insert),
    ];

    private static string Insert(AlertRuleEntity r) => string.Create(
        CultureInfo.InvariantCulture,
        $"""
        INSERT INTO "AlertRules" ("Id", "Name", "Kind", "Severity", "Enabled", "MonitorId", "Threshold", "Terms", "Signal", "MinPosts", "Events", "SilentMinutes", "GroupMinutes", "CooldownMinutes", "UpdatedAt", "WebhookUrl", "WebhookText")
        VALUES ({r.Id}, '{r.Name}', '{r.Kind}', '{r.Severity}', {(r.Enabled ? 1 : 0)}, NULL, {r.Threshold}, NULL, '{r.Signal}', {r.MinPosts}, {(int)r.Events}, {r.SilentMinutes}, {r.GroupMinutes}, {r.CooldownMinutes}, {r.UpdatedAt.ToUnixTimeMilliseconds()}, NULL, 0)
        """);
}
