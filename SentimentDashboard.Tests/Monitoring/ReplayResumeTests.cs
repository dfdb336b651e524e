using Microsoft.EntityFrameworkCore;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Monitoring;

public sealed class ReplayResumeTests
{
    private const int Lines = 6000;

    [Fact]
    public async Task Replay_Stores_Every_Line_Once_When_Stopped_Mid_File_And_Started_Again()
    {
        using var temp = new TempDirectory();
        var database = Path.Combine(temp.Path, "posts.db");
        var file = Posts.JsonLines(temp, "posts.jsonl", Lines);

        // A paced replay (3 s for the file) is certainly still reading when the host stops after a few hundred posts.
        long firstRun;
        await using (var first = await PipelineHost.StartAsync(database, Settings(file, rate: 2000)))
        {
            await first.WaitForCommitAsync(() => first.Hub.TotalAdded >= 300);
            await first.StopAsync();
            firstRun = first.Hub.TotalAdded;
            first.Logs.AssertNoErrors();
        }

        Assert.InRange(firstRun, 300, Lines - 1);
        await using var second = await PipelineHost.StartAsync(database, Settings(file, rate: 0));
        await second.WaitForCommitAsync(() => firstRun + second.Hub.TotalAdded >= Lines);

        await using var db = await second.CreateDbContextAsync();
        Assert.Equal(Lines, await db.Posts.CountAsync());
        Assert.Equal(Lines, await db.Posts.Select(p => p.SourceId).Distinct().CountAsync());
        Assert.Equal(Lines, firstRun + second.Hub.TotalAdded);
        Assert.Equal($"{Lines}", (await db.Monitors.SingleAsync()).Cursor);
        second.Logs.AssertNoErrors();
    }

    private static Dictionary<string, string?> Settings(string file, int rate) => new()
    {
        ["Monitors:Startup:0"] = "replay:" + file,
        ["Replay:Rate"] = $"{rate}",
    };
}
