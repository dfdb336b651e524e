using Microsoft.EntityFrameworkCore;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Pipeline;

/// <summary>The risk analysis is stored beside each scored post, follows its edits and goes with its monitor.</summary>
public sealed class PostRiskRowsTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_scored_post_is_stored_with_its_risk_analysis_and_an_edit_replaces_it()
    {
        await using var host = await PipelineHost.StartAsync(Path.Combine(_temp.Path, "risk.db"));
        var monitorId = (await host.Registry.AddAsync(MonitorKind.Replay, _temp.Write("none.jsonl", ""))).Monitor!.Id;
        var now = DateTimeOffset.UtcNow;
        await host.Input.Writer.WriteAsync(Posts.Raw(monitorId, "calm") with { CreatedAt = now.AddMinutes(-10), Reblogs = 100, Favourites = 150, Replies = 50 });
        await host.Input.Writer.WriteAsync(Posts.Raw(monitorId, "hate", "Muslims are filthy vermin, deport every last one of them"));
        await host.Input.Writer.WriteAsync(Posts.Raw(monitorId, "french", "Quelle belle journée au parc avec les enfants") with { Language = "fr" });
        await host.WaitForStoredAsync(3);

        await using (var db = await host.CreateDbContextAsync())
        {
            var posts = await db.Posts.ToDictionaryAsync(p => p.SourceId, p => p.Id);
            var risks = await db.PostRisks.ToDictionaryAsync(r => r.PostId);
            Assert.Equal(2, risks.Count); // the French post is unscored: no analysis
            var calm = risks[posts["calm"]];
            Assert.Equal("potentially viral", calm.Category);
            Assert.Equal("high", calm.Virality);
            Assert.InRange(calm.EngagementPerMinute, 29, 31);
            Assert.Null(calm.HateTarget);
            var hate = risks[posts["hate"]];
            Assert.Equal("hateful", hate.Category);
            Assert.Equal("religion", hate.HateTarget);
            Assert.Contains("“muslims”", hate.TargetTerms, StringComparison.Ordinal);
            Assert.StartsWith("Hateful:", hate.Justification, StringComparison.Ordinal);
            Assert.Equal((await db.Posts.SingleAsync(p => p.SourceId == "hate")).Risk!.Value, RiskOf(hate), 5);
        }

        await host.Input.Writer.WriteAsync(Posts.Raw(monitorId, "hate", "What a lovely sunny day with friends", PostEventKind.Updated));
        await host.Input.Writer.WriteAsync(Posts.Raw(monitorId, "calm", "Un jour tranquille", PostEventKind.Updated) with { Language = "fr" });
        await host.WaitForStoredAsync(5);

        await using (var db = await host.CreateDbContextAsync())
        {
            var risk = await db.PostRisks.SingleAsync();
            Assert.Equal(await db.Posts.Where(p => p.SourceId == "hate").Select(p => p.Id).SingleAsync(), risk.PostId);
            Assert.Equal("neutral", risk.Category);
            Assert.Null(risk.HateTarget);
        }

        await host.Registry.DeleteAsync(monitorId);
        await using (var db = await host.CreateDbContextAsync())
        {
            Assert.Equal(0, await db.PostRisks.CountAsync());
        }

        host.Logs.AssertNoErrors();
    }

    /// <summary>The stored risk is the content risk amplified by the stored virality.</summary>
    private static float RiskOf(SentimentDashboard.Data.PostRiskEntity risk) =>
        Math.Min(1, risk.ContentRisk * (risk.Virality switch { "high" => 1.5f, "medium" => 1.3f, _ => 1f }));
}
