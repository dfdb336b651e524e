using SentimentDashboard.Monitoring;
using SentimentDashboard.Tests.Fakes;

namespace SentimentDashboard.Tests.Monitoring.Mastodon;

public sealed class MastodonPollingTests
{
    [Fact]
    public async Task Polling_Delivers_Every_Status_Once_And_In_Order_When_A_Burst_Spans_Several_Pages()
    {
        await using var server = await FakeMastodonServer.StartAsync();
        var seen = server.Post();
        var burst = server.PostMany(95);
        await using var harness = new MastodonHarness();

        harness.Start($"{server.BaseAddress}tags/news", cursor: seen.Id);
        var first = await harness.ReadAsync(95);
        await harness.Time.WaitForTimerAsync();
        var next = server.PostMany(50);
        harness.Time.Advance(TimeSpan.FromSeconds(30));
        var second = await harness.ReadAsync(50);
        await harness.PollAgainAsync();

        Assert.Equal(burst.Concat(next).Select(s => s.Id), first.Concat(second).Select(p => p.SourceId));
        Assert.All(first.Concat(second), p => Assert.Equal(p.SourceId, p.Cursor));
        Assert.Empty(harness.Drain());
        var timelineRequests = server.Requests.Where(r => r.StartsWith("/api/v1/timelines/tag/news", StringComparison.Ordinal)).ToList();
        Assert.Equal(3 + 2 + 1, timelineRequests.Count);
        Assert.All(timelineRequests, r => Assert.Contains("limit=40&min_id=", r));
        Assert.DoesNotContain(server.Requests, r => r.StartsWith("/api/v1/streaming", StringComparison.Ordinal));
        Assert.Equal([MonitorState.Starting, MonitorState.Running], harness.Status.Reports.Select(r => r.State));
        harness.Logs.AssertNoErrors();
    }

    [Fact]
    public async Task A_New_Monitor_Starts_From_The_Newest_Page_And_A_Restarted_One_Resumes_From_Its_Cursor()
    {
        await using var server = await FakeMastodonServer.StartAsync();
        var history = server.PostMany(60);
        await using var harness = new MastodonHarness();
        var target = $"{server.BaseAddress}tags/news";

        harness.Start(target);
        var newest = await harness.ReadAsync(40);
        await harness.PollAgainAsync();
        await harness.StopAsync();
        var missed = server.PostMany(3);
        harness.Start(target, cursor: newest[^1].Cursor);
        var resumed = await harness.ReadAsync(3);
        await harness.PollAgainAsync();

        Assert.Equal(history.Skip(20).Select(s => s.Id), newest.Select(p => p.SourceId));
        Assert.Equal(missed.Select(s => s.Id), resumed.Select(p => p.SourceId));
        Assert.Empty(harness.Drain());
        harness.Logs.AssertNoErrors();
    }

    [Fact]
    public async Task An_Account_Is_Looked_Up_Once_And_Its_Boosts_Become_The_Boosted_Posts_Once()
    {
        await using var server = await FakeMastodonServer.StartAsync();
        var original = server.Post("<p>Alice&#39;s original</p>");
        server.Post("<p>Bob&#39;s own words</p>", s => s with { Account = FakeAccount.Bob, Local = false });
        server.Post(configure: s => s with { Account = FakeAccount.Bob, Reblog = original });
        var boostedAgain = server.Post(configure: s => s with { Account = FakeAccount.Bob, Reblog = original });
        await using var harness = new MastodonHarness();
        var target = $"{server.BaseAddress}@bob@other.example";

        harness.Start(target);
        var posts = await harness.ReadAsync(2);
        await harness.PollAgainAsync();
        await harness.StopAsync();
        harness.Start(target, boostedAgain.Id);
        await harness.Status.WaitForAsync(MonitorState.Running).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(["Bob's own words", "Alice's original"], posts.Select(p => p.Text));
        Assert.Equal(["bob@other.example", "alice"], posts.Select(p => p.Author));
        Assert.Equal(original.Id, posts[1].SourceId);
        Assert.Empty(harness.Drain());
        Assert.Single(server.Requests, r => r.StartsWith("/api/v1/accounts/lookup?acct=bob%40other.example", StringComparison.Ordinal));
        Assert.Contains(server.Requests, r => r.StartsWith($"/api/v1/accounts/{FakeAccount.Bob.Id}/statuses", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_Unknown_Account_Is_A_Clear_Error()
    {
        await using var server = await FakeMastodonServer.StartAsync();
        await using var harness = new MastodonHarness();

        harness.Start($"{server.BaseAddress}@nobody");
        var error = await harness.Status.WaitForAsync(MonitorState.Error).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal($"the account @nobody was not found on {server.BaseAddress.Host}", error.Message);
    }

    [Theory]
    [InlineData("public/local", "local=true", new[] { "here" })]
    [InlineData("public", null, new[] { "here", "elsewhere" })]
    public async Task Public_Timelines_Are_Local_Or_Federated(string path, string? parameter, string[] expected)
    {
        await using var server = await FakeMastodonServer.StartAsync();
        server.Post("<p>here</p>");
        server.Post("<p>elsewhere</p>", s => s with { Account = FakeAccount.Bob, Local = false });
        await using var harness = new MastodonHarness();

        harness.Start($"{server.BaseAddress}{path}");
        var posts = await harness.ReadAsync(expected.Length);
        await harness.PollAgainAsync();

        Assert.Equal(expected, posts.Select(p => p.Text));
        Assert.Empty(harness.Drain());
        Assert.All(server.Requests.Where(r => r.StartsWith("/api/v1/timelines/public", StringComparison.Ordinal)), r => Assert.Equal(parameter is not null, r.Contains(parameter ?? "local")));
    }

    [Fact]
    public async Task A_Ten_Megabyte_Status_And_An_Html_Bomb_Arrive_As_Bounded_Plain_Text()
    {
        await using var server = await FakeMastodonServer.StartAsync();
        var seen = server.Post();
        server.Post("<p>" + string.Concat(Enumerable.Repeat("so much to say ", 700_000)) + "</p>");
        server.Post(string.Concat(Enumerable.Repeat("<div><b><i>", 50_000)) + "still here<script>alert(1)</script>" + string.Concat(Enumerable.Repeat("</i></b></div>", 50_000)));
        server.Post("<p>after the storm</p>");
        await using var harness = new MastodonHarness();

        harness.Start($"{server.BaseAddress}tags/news", seen.Id);
        var posts = await harness.ReadAsync(3);

        Assert.Equal(10_000, posts[0].Text.Length);
        Assert.StartsWith("so much to say so much", posts[0].Text);
        Assert.Equal(["still here", "after the storm"], posts.Skip(1).Select(p => p.Text));
        harness.Logs.AssertNoErrors();
    }
}
