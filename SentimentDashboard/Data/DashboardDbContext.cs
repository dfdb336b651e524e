using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SentimentDashboard.Accounts;
using SentimentDashboard.Alerts;
using SentimentDashboard.Api.Keys;
using SentimentDashboard.Audit;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Review;

namespace SentimentDashboard.Data;

/// <summary>
/// The one database of the app. Create instances with <c>IDbContextFactory&lt;DashboardDbContext&gt;</c>, one per unit
/// of work; never keep one in a singleton or a circuit. The Identity tables (users, roles, passkeys) are in it too, so
/// that one file holds everything.
/// </summary>
public sealed class DashboardDbContext(DbContextOptions<DashboardDbContext> options)
    : IdentityDbContext<DashboardUser, IdentityRole, string>(options)
{
    public DbSet<MonitorEntity> Monitors => Set<MonitorEntity>();

    public DbSet<PostEntity> Posts => Set<PostEntity>();

    public DbSet<PostTagEntity> PostTags => Set<PostTagEntity>();

    public DbSet<PostEngagementEntity> PostEngagements => Set<PostEngagementEntity>();

    public DbSet<PostRiskEntity> PostRisks => Set<PostRiskEntity>();

    public DbSet<LiveEntity> Lives => Set<LiveEntity>();

    public DbSet<PostCountEntity> PostCounts => Set<PostCountEntity>();

    public DbSet<TagCountEntity> TagCounts => Set<TagCountEntity>();

    public DbSet<SchemaVersionEntity> SchemaVersions => Set<SchemaVersionEntity>();

    public DbSet<ApiKeyEntity> ApiKeys => Set<ApiKeyEntity>();

    public DbSet<AuditEntryEntity> AuditEntries => Set<AuditEntryEntity>();

    public DbSet<AlertRuleEntity> AlertRules => Set<AlertRuleEntity>();

    public DbSet<AlertEntity> Alerts => Set<AlertEntity>();

    public DbSet<AlertPostEntity> AlertPosts => Set<AlertPostEntity>();

    public DbSet<AlertReadEntity> AlertReads => Set<AlertReadEntity>();

    public DbSet<AlertMarkEntity> AlertMarks => Set<AlertMarkEntity>();

    public DbSet<ReviewItemEntity> ReviewItems => Set<ReviewItemEntity>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UnixMillisecondsConverter>();
        configurationBuilder.Properties<MonitorKind>().HaveConversion<string>();
        configurationBuilder.Properties<MonitorState>().HaveConversion<string>();
        configurationBuilder.Properties<ApiKeyScope>().HaveConversion<string>();
        configurationBuilder.Properties<EngagementKind>().HaveConversion<string>();
        configurationBuilder.Properties<AlertRuleKind>().HaveConversion<string>();
        configurationBuilder.Properties<AlertSeverity>().HaveConversion<string>();
        configurationBuilder.Properties<SpikeSignal>().HaveConversion<string>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        modelBuilder.Entity<ApiKeyEntity>(key =>
        {
            key.ToTable("ApiKeys");
            key.HasIndex(k => k.Prefix).IsUnique();
        });

        modelBuilder.Entity<AuditEntryEntity>(entry =>
        {
            entry.ToTable("AuditEntries");
            entry.HasIndex(e => e.At);
            entry.HasIndex(e => new { e.Action, e.At });
        });

        modelBuilder.Entity<MonitorEntity>(monitor =>
        {
            monitor.ToTable("Monitors");
            monitor.HasIndex(m => new { m.Kind, m.NormalizedTarget }).IsUnique();
        });

        modelBuilder.Entity<PostEntity>(post =>
        {
            post.ToTable("Posts");
            post.HasOne<MonitorEntity>().WithMany().HasForeignKey(p => p.MonitorId).OnDelete(DeleteBehavior.Cascade);
            post.HasIndex(p => new { p.MonitorKind, p.DedupeScope, p.SourceId }).IsUnique();
            post.HasIndex(p => p.CreatedAt);
            post.HasIndex(p => new { p.MonitorId, p.CreatedAt });
            post.HasIndex(p => new { p.Sentiment, p.CreatedAt });
            post.HasIndex(p => new { p.Author, p.CreatedAt });

            // The posts grid's score sorts walk these (with the row id, each index ends in the grid's tie-breakers).
            post.HasIndex(p => new { p.Negative, p.CreatedAt });
            post.HasIndex(p => new { p.Hate, p.CreatedAt });
            post.HasIndex(p => new { p.Offensive, p.CreatedAt });
            post.HasIndex(p => new { p.Risk, p.CreatedAt });
        });

        modelBuilder.Entity<PostRiskEntity>(risk =>
        {
            risk.ToTable("PostRisks");
            risk.HasKey(r => r.PostId);
            risk.HasOne<PostEntity>().WithOne().HasForeignKey<PostRiskEntity>(r => r.PostId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<PostTagEntity>(tag =>
        {
            tag.ToTable("PostTags");
            tag.HasKey(t => new { t.PostId, t.Tag });
            tag.HasOne<PostEntity>().WithMany().HasForeignKey(t => t.PostId).OnDelete(DeleteBehavior.Cascade);
            tag.HasIndex(t => new { t.Tag, t.CreatedAt });
            tag.HasIndex(t => t.CreatedAt);
        });

        modelBuilder.Entity<PostEngagementEntity>(engagement =>
        {
            engagement.ToTable("PostEngagements");
            engagement.HasKey(e => new { e.RecordId, e.PostId });
            engagement.HasOne<PostEntity>().WithMany().HasForeignKey(e => e.PostId).OnDelete(DeleteBehavior.Cascade);
            engagement.HasIndex(e => e.PostId);
        });

        // Rollup rows go with their monitor in the same statement (foreign key cascade).
        modelBuilder.Entity<PostCountEntity>(count =>
        {
            count.ToTable("PostCounts");
            count.HasKey(c => new { c.Width, c.Bucket, c.MonitorId, c.Sentiment, c.Hate, c.Offensive, c.Language });
            count.HasOne<MonitorEntity>().WithMany().HasForeignKey(c => c.MonitorId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<TagCountEntity>(count =>
        {
            count.ToTable("TagCounts");
            count.HasKey(c => new { c.Width, c.Bucket, c.Tag, c.MonitorId, c.Sentiment, c.Hate, c.Offensive });
            count.HasOne<MonitorEntity>().WithMany().HasForeignKey(c => c.MonitorId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<LiveEntity>(live =>
        {
            live.ToTable("Lives");
            live.HasOne<MonitorEntity>().WithMany().HasForeignKey(l => l.MonitorId).OnDelete(DeleteBehavior.Cascade);
            live.HasIndex(l => new { l.MonitorId, l.StartedAt });
            live.HasIndex(l => l.StartedAt);
        });

        AlertsModel.Configure(modelBuilder);
        ReviewModel.Configure(modelBuilder);

        modelBuilder.Entity<SchemaVersionEntity>(version =>
        {
            version.ToTable("SchemaVersion");
            version.HasKey(v => v.Version);
            version.Property(v => v.Version).ValueGeneratedNever();
        });
    }
}
