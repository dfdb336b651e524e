using Microsoft.EntityFrameworkCore;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Pipeline;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Pipeline;

public sealed class ClassifyStageTests
{
    [Fact]
    public async Task ClassifyStage_Goes_On_When_A_Post_Cannot_Be_Classified()
    {
        using var temp = new TempDirectory();
        await using var host = await PipelineHost.StartAsync(Path.Combine(temp.Path, "posts.db"));
        var monitorId = (await host.Registry.AddAsync(MonitorKind.Replay, temp.Write("empty.jsonl", ""))).Monitor!.Id;

        await host.Input.Writer.WriteAsync(Posts.Raw(monitorId, "poison") with { Text = null! });
        await host.Input.Writer.WriteAsync(Posts.Raw(monitorId, "fine"));
        await host.WaitForStoredAsync(1);

        Assert.Equal(1, host.Metrics.Classify.Errors);
        Assert.Equal(1, host.Metrics.Classify.Processed);
        await using var db = await host.CreateDbContextAsync();
        Assert.Equal("fine", (await db.Posts.SingleAsync()).SourceId);
        var error = Assert.Single(host.Logs.Errors);
        Assert.Contains("poison", error.Message, StringComparison.Ordinal);
        Assert.Equal(typeof(ClassifyStage).FullName, error.Category);
    }
}
