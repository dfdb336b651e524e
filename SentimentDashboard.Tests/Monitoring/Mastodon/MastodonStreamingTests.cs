using SentimentDashboard.Monitoring;
using SentimentDashboard.Tests.Fakes;

namespace SentimentDashboard.Tests.Monitoring.Mastodon;

public sealed class MastodonStreamingTests
{
    [Fact]
    public async Task With_A_Token_New_Edited_And_Deleted_Statuses_Arrive_As_They_Happen()
    {
        await using var server = await FakeMastodonServer.StartAsync();
        var first = server.Post("<p>first</p>");
        await using var harness = new MastodonHarness(WithToken(server));

        harness.Start($"{server.BaseAddress}tags/news");
        var caughtUp = await harness.ReadAsync(1);
        await server.WaitForStreamConnectionsAsync(1).WaitAsync(TimeSpan.FromSeconds(10));
        var second = server.Post("<p>second</p>");
        server.Post("<p>other topic</p>", s => s with { Tags = ["sports"] });
        server.SendHeartbeat();
        server.Edit(first, "<p>first, <em>edited</em></p>");
        server.Delete(second);
        var streamed = await harness.ReadAsync(3);

        Assert.Equal(first.Id, Assert.Single(caughtUp).SourceId);
        Assert.Equal(
            [(PostEventKind.Created, second.Id, "second"), (PostEventKind.Updated, first.Id, "first, edited"), (PostEventKind.Deleted, second.Id, "")],
            streamed.Select(p => (p.Event, p.SourceId, p.Text)));
        Assert.All(streamed, p => Assert.Equal(second.Id, p.Cursor));
        Assert.Empty(harness.Drain());
        Assert.Contains(server.Requests, r => r == "/api/v1/streaming/hashtag?tag=news");
        harness.Logs.AssertNoErrors();
    }

    [Fact]
    public async Task A_Silent_Stream_Is_Reconnected_And_What_It_Missed_Is_Caught_Up()
    {
        await using var server = await FakeMastodonServer.StartAsync();
        await using var harness = new MastodonHarness(WithToken(server));
        harness.Start($"{server.BaseAddress}public/local");
        await server.WaitForStreamConnectionsAsync(1).WaitAsync(TimeSpan.FromSeconds(10));
        var live = server.Post();
        var beforeSilence = await harness.ReadAsync(1);

        server.GoSilent();
        var missed = server.PostMany(45);
        harness.Time.Advance(TimeSpan.FromSeconds(30));
        var caughtUp = await harness.ReadAsync(45);
        await server.WaitForStreamConnectionsAsync(2).WaitAsync(TimeSpan.FromSeconds(10));
        var after = server.Post();
        var streamedAgain = await harness.ReadAsync(1);

        Assert.Equal(live.Id, Assert.Single(beforeSilence).SourceId);
        Assert.Equal(missed.Select(s => s.Id), caughtUp.Select(p => p.SourceId));
        Assert.Equal(after.Id, Assert.Single(streamedAgain).SourceId);
        Assert.Empty(harness.Drain());
        Assert.Contains(server.Requests, r => r == $"/api/v1/timelines/public?local=true&limit=40&min_id={live.Id}");
        harness.Logs.AssertNoErrors();
    }

    [Fact]
    public async Task A_Dropped_Stream_Is_Reconnected_And_What_It_Missed_Is_Caught_Up()
    {
        await using var server = await FakeMastodonServer.StartAsync();
        await using var harness = new MastodonHarness(WithToken(server));
        harness.Start($"{server.BaseAddress}public");
        await server.WaitForStreamConnectionsAsync(1).WaitAsync(TimeSpan.FromSeconds(10));

        server.DropStreams();
        var missed = server.PostMany(3);
        var posts = await harness.ReadSkippingWaitsAsync(3);
        await server.WaitForStreamConnectionsAsync(2).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(missed.Select(s => s.Id), posts.Select(p => p.SourceId));
        Assert.Empty(harness.Drain());
        harness.Logs.AssertNoErrors();
    }

    [Fact]
    public async Task A_Rejected_Token_Is_A_Clear_Error()
    {
        await using var server = await FakeMastodonServer.StartAsync();
        await using var harness = new MastodonHarness(WithToken(server, "revoked-token"));

        harness.Start($"{server.BaseAddress}tags/news");
        var error = await harness.Status.WaitForAsync(MonitorState.Error).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("the instance rejected the access token", error.Message);
    }

    private static Dictionary<string, string?> WithToken(FakeMastodonServer server, string token = FakeMastodonServer.AccessToken) => new()
    {
        ["Mastodon:AccessToken"] = token,
        ["Mastodon:AccessTokenInstance"] = server.BaseAddress.Host,
    };
}
