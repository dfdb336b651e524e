using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Monitoring;

public sealed class MonitoringServiceTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task MonitoringService_Restarts_Failed_Source_When_Its_Cause_Is_Fixed()
    {
        var file = _temp.Write("posts.csv", "id,body\n1,hello\n");
        await using var host = await PipelineHost.StartAsync(Path.Combine(_temp.Path, "posts.db"));
        var failed = WaitForState(host, MonitorState.Error);

        await host.Registry.AddAsync(MonitorKind.Replay, file);
        var error = await failed.WaitAsync(PipelineHost.Timeout);
        File.WriteAllText(file, "id,text\n1,hello there\n");
        await host.WaitForCommitAsync(() => host.Hub.TotalAdded >= 1);

        Assert.Contains("no 'text' column", error.Message, StringComparison.Ordinal);
        Assert.Contains(host.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("restarting in 1 s", StringComparison.Ordinal));
        host.Logs.AssertNoErrors();
    }

    [Fact]
    public async Task MonitoringService_Continues_From_Cursor_When_Paused_Then_Resumed()
    {
        const int Lines = 1500;
        var file = Posts.JsonLines(_temp, "posts.jsonl", Lines);
        await using var host = await PipelineHost.StartAsync(Path.Combine(_temp.Path, "posts.db"), new Dictionary<string, string?> { ["Replay:Rate"] = "1000" });
        var monitor = (await host.Registry.AddAsync(MonitorKind.Replay, file)).Monitor!;
        await host.WaitForCommitAsync(() => host.Hub.TotalAdded >= 100);

        var paused = WaitForState(host, MonitorState.Paused);
        await host.Registry.PauseAsync(monitor.Id);
        await paused.WaitAsync(PipelineHost.Timeout);
        Assert.True(host.Hub.TotalAdded < Lines);
        await host.Registry.ResumeAsync(monitor.Id);
        await host.WaitForCommitAsync(() => host.Hub.TotalAdded >= Lines);

        await using var db = await host.CreateDbContextAsync();
        Assert.Equal(Lines, await db.Posts.CountAsync());
        Assert.Equal(Lines, host.Hub.TotalAdded);
        host.Logs.AssertNoErrors();
    }

    private static Task<MonitorLiveStatus> WaitForState(PipelineHost host, MonitorState state)
    {
        var reached = new TaskCompletionSource<MonitorLiveStatus>(TaskCreationOptions.RunContinuationsAsynchronously);
        var subscription = host.Get<MonitorStatusBoard>().Subscribe(change =>
        {
            if (change.Status.State == state)
            {
                reached.TrySetResult(change.Status);
            }
        });
        return reached.Task.ContinueWith(t => { subscription.Dispose(); return t.Result; }, TaskScheduler.Default);
    }
}
