using Microsoft.EntityFrameworkCore;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Monitoring;

public sealed class MonitorRegistryTests : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private PipelineHost _host = null!;

    public async Task InitializeAsync() => _host = await PipelineHost.StartAsync(Path.Combine(_temp.Path, "posts.db"));

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task AddAsync_Refuses_Same_Monitor_With_Clear_Message_When_Added_Twice()
    {
        var file = _temp.Write("posts.jsonl", "");
        var first = await _host.Registry.AddAsync(MonitorKind.Replay, file);

        var again = await _host.Registry.AddAsync(MonitorKind.Replay, Path.Combine(_temp.Path, ".", "posts.jsonl"));

        Assert.True(first.Created);
        Assert.False(again.Succeeded);
        Assert.Null(again.Monitor);
        Assert.Equal($"A replay monitor of '{file}' already exists (monitor #{first.Monitor!.Id}); each monitor can be added once.", again.Error);
        Assert.Single(await _host.Registry.ListAsync());
    }

    [Fact]
    public async Task AddAsync_Refuses_Replay_When_File_Is_Missing()
    {
        var result = await _host.Registry.AddAsync(MonitorKind.Replay, Path.Combine(_temp.Path, "missing.jsonl"));

        Assert.Contains("does not exist", result.Error, StringComparison.Ordinal);
        Assert.Empty(await _host.Registry.ListAsync());
    }

    [Fact]
    public async Task EnsureAsync_Keeps_And_Resumes_Monitor_When_It_Exists()
    {
        var file = _temp.Write("posts.jsonl", "");
        var added = await _host.Registry.AddAsync(MonitorKind.Replay, file);
        Assert.True(await _host.Registry.PauseAsync(added.Monitor!.Id));

        var kept = await _host.Registry.EnsureAsync(MonitorKind.Replay, file);

        Assert.True(kept.Succeeded);
        Assert.False(kept.Created);
        Assert.Equal(added.Monitor.Id, kept.Monitor!.Id);
        Assert.False((await _host.Registry.FindAsync(added.Monitor.Id))!.Paused);
    }

    [Fact]
    public async Task DeleteAsync_Removes_Monitor_And_Its_Posts()
    {
        var file = Posts.JsonLines(_temp, "posts.jsonl", 20);
        var added = await _host.Registry.AddAsync(MonitorKind.Replay, file);
        await _host.WaitForCommitAsync(() => _host.Hub.TotalAdded >= 20);

        Assert.True(await _host.Registry.DeleteAsync(added.Monitor!.Id));

        await using var db = await _host.CreateDbContextAsync();
        Assert.Equal(0, await db.Posts.CountAsync());
        Assert.Equal(0, await db.PostTags.CountAsync());
        Assert.Empty(await _host.Registry.ListAsync());
        Assert.False(await _host.Registry.DeleteAsync(added.Monitor.Id));
        _host.Logs.AssertNoErrors();
    }
}
