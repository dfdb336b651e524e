using SentimentDashboard.Data;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Monitoring;

/// <summary>Pages of monitors for the Monitors grid, and what deleting one would remove.</summary>
public sealed class MonitorRegistryPagingTests : HostedTest
{
    [Fact]
    public async Task PageAsync_SortedByTargetDescending_GivesThatPage_AndCountsThemAll()
    {
        foreach (var name in new[] { "b.jsonl", "c.jsonl", "a.jsonl" })
        {
            await StoredPosts.MonitorAsync(Host, Temp, name);
        }

        var page = await Host.Registry.PageAsync(new PageRequest(1, 2, nameof(MonitorInfo.Target), Descending: true));

        Assert.Equal(["b.jsonl", "a.jsonl"], page.Rows.Select(m => Path.GetFileName(m.Target)));
        Assert.Equal(3, page.Total);
    }

    [Fact]
    public async Task PageAsync_Unsorted_ListsByIdAndIgnoresUnknownNames()
    {
        var first = await StoredPosts.MonitorAsync(Host, Temp, "z.jsonl");
        var second = await StoredPosts.MonitorAsync(Host, Temp, "y.jsonl");

        var page = await Host.Registry.PageAsync(new PageRequest(0, 10, "Cursor", Descending: true));

        Assert.Equal([first, second], page.Rows.Select(m => m.Id));
    }

    [Fact]
    public async Task PageAsync_WithASearch_KeepsTheTargetsThatContainIt_IgnoringCase_AndCountsOnlyThose()
    {
        foreach (var name in new[] { "Election-night.jsonl", "weather.jsonl", "election-2026.jsonl", "sports.jsonl" })
        {
            await StoredPosts.MonitorAsync(Host, Temp, name);
        }

        var page = await Host.Registry.PageAsync(new PageRequest(0, 1, nameof(MonitorInfo.Target), Search: "  ELECTION "));

        // Sorted by code point, as SQLite compares text: "Election" before "election".
        Assert.Equal("Election-night.jsonl", Path.GetFileName(Assert.Single(page.Rows).Target));
        Assert.Equal(2, page.Total);
    }

    [Fact]
    public async Task PostCountAsync_CountsOnlyThatMonitorsPosts()
    {
        var counted = await StoredPosts.MonitorAsync(Host, Temp, "counted.jsonl");
        var other = await StoredPosts.MonitorAsync(Host, Temp, "other.jsonl");
        await StoredPosts.AddAsync(Host, [StoredPosts.Scored(counted, "a", 0, 0.1f), StoredPosts.Scored(counted, "b", 1, 0.2f), StoredPosts.Scored(other, "c", 2, 0.3f)]);

        Assert.Equal(2, await Host.Registry.PostCountAsync(counted));
        Assert.Equal(0, await Host.Registry.PostCountAsync(other + 100));
    }
}
