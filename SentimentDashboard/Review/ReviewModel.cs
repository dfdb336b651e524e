using Microsoft.EntityFrameworkCore;
using SentimentDashboard.Data;
using SentimentDashboard.Monitoring;

namespace SentimentDashboard.Review;

/// <summary>The review queue's table in <see cref="DashboardDbContext"/>'s model; <see cref="ReviewSchema"/> is the same as SQL for an upgrade.</summary>
internal static class ReviewModel
{
    public static void Configure(ModelBuilder modelBuilder) => modelBuilder.Entity<ReviewItemEntity>(item =>
    {
        item.ToTable("ReviewItems");
        item.Property(i => i.Status).HasConversion<string>();
        item.HasOne<PostEntity>().WithMany().HasForeignKey(i => i.PostId).OnDelete(DeleteBehavior.SetNull);
        item.HasOne<MonitorEntity>().WithMany().HasForeignKey(i => i.MonitorId).OnDelete(DeleteBehavior.SetNull);
        item.HasIndex(i => i.PostId).IsUnique();
        item.HasIndex(i => new { i.Status, i.Risk });
        item.HasIndex(i => i.DecidedAt);
    });
}
