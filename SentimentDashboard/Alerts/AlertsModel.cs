using Microsoft.EntityFrameworkCore;
using SentimentDashboard.Accounts;
using SentimentDashboard.Data;
using SentimentDashboard.Monitoring;

namespace SentimentDashboard.Alerts;

/// <summary>The alert tables in <see cref="DashboardDbContext"/>'s model; <see cref="AlertsSchema"/> is the same as SQL for an upgrade.</summary>
internal static class AlertsModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AlertRuleEntity>(rule =>
        {
            rule.ToTable("AlertRules");
            rule.HasOne<MonitorEntity>().WithMany().HasForeignKey(r => r.MonitorId).OnDelete(DeleteBehavior.Cascade);
            rule.HasData(DefaultAlertRules.All);
        });

        modelBuilder.Entity<AlertEntity>(alert =>
        {
            alert.ToTable("Alerts");
            alert.HasOne<AlertRuleEntity>().WithMany().HasForeignKey(a => a.RuleId).OnDelete(DeleteBehavior.SetNull);
            alert.HasOne<MonitorEntity>().WithMany().HasForeignKey(a => a.MonitorId).OnDelete(DeleteBehavior.SetNull);
            alert.HasIndex(a => a.CreatedAt);
            alert.HasIndex(a => new { a.RuleId, a.MonitorId, a.UpdatedAt });
        });

        modelBuilder.Entity<AlertPostEntity>(link =>
        {
            link.ToTable("AlertPosts");
            link.HasKey(l => new { l.AlertId, l.PostId });
            link.HasOne<AlertEntity>().WithMany().HasForeignKey(l => l.AlertId).OnDelete(DeleteBehavior.Cascade);
            link.HasOne<PostEntity>().WithMany().HasForeignKey(l => l.PostId).OnDelete(DeleteBehavior.Cascade);
            link.HasIndex(l => l.PostId);
        });

        modelBuilder.Entity<AlertReadEntity>(read =>
        {
            read.ToTable("AlertReads");
            read.HasKey(r => new { r.AlertId, r.UserId });
            read.HasOne<AlertEntity>().WithMany().HasForeignKey(r => r.AlertId).OnDelete(DeleteBehavior.Cascade);
            read.HasOne<DashboardUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
            read.HasIndex(r => r.UserId);
        });

        modelBuilder.Entity<AlertMarkEntity>(mark =>
        {
            mark.ToTable("AlertMarks");
            mark.Property(m => m.Id).ValueGeneratedNever();
        });
    }
}
