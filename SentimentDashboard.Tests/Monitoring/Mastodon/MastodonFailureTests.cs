using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Sockets;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Monitoring.Mastodon;
using Microsoft.Extensions.DependencyInjection;
using SentimentDashboard.Tests.Fakes;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Monitoring.Mastodon;

public sealed class MastodonFailureTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData(1, 60, 59, 62)]
    [InlineData(10, 100, 9.9, 10.2)]
    public async Task Polling_Slows_Down_Before_The_Rate_Limit_Runs_Out(int remaining, int resetSeconds, double minWait, double maxWait)
    {
        await using var server = await FakeMastodonServer.StartAsync();
        var seen = server.Post();
        var burst = server.PostMany(60);
        server.LimitNextResponse(remaining, TimeSpan.FromSeconds(resetSeconds));
        await using var harness = new MastodonHarness();

        harness.Start($"{server.BaseAddress}tags/news", seen.Id);
        var firstPage = await harness.ReadAsync(40);
        var wait = await harness.Time.WaitForTimerAsync().WaitAsync(Patience);
        var requestsWhileWaiting = TimelineRequests(server);
        harness.Time.Advance(wait);
        var secondPage = await harness.ReadAsync(20);

        Assert.InRange(wait.TotalSeconds, minWait, maxWait);
        Assert.Equal(1, requestsWhileWaiting);
        Assert.Equal(burst.Select(s => s.Id), firstPage.Concat(secondPage).Select(p => p.SourceId));
    }

    [Fact]
    public async Task Rate_Limits_Server_Errors_Malformed_Json_And_Dropped_Connections_Lose_And_Duplicate_Nothing()
    {
        await using var server = await FakeMastodonServer.StartAsync();
        var seen = server.Post();
        var burst = server.PostMany(95);
        server.FailNext(FakeFailure.TooManyRequests, FakeFailure.ServerError, FakeFailure.MalformedJson, FakeFailure.ConnectionReset);
        await using var harness = new MastodonHarness();
        var failures = new List<string>();
        using var listener = ListenToFailures(harness.Services.GetRequiredService<IMeterFactory>(), failures);

        harness.Start($"{server.BaseAddress}tags/news", seen.Id);
        var posts = await harness.ReadSkippingWaitsAsync(95);
        await harness.PollAgainAsync();

        Assert.Equal(burst.Select(s => s.Id), posts.Select(p => p.SourceId));
        Assert.Empty(harness.Drain());
        var waits = harness.Time.ArmedDelays;
        Assert.Equal(TimeSpan.FromSeconds(server.RetryAfterSeconds), waits[0]);
        Assert.InRange(waits[1].TotalSeconds, 0.5, 1);
        Assert.InRange(waits[2].TotalSeconds, 1, 2);
        Assert.InRange(waits[3].TotalSeconds, 2, 4);
        Assert.Equal(["rate_limited", "server_error", "malformed_response", "connection_dropped"], failures);
        Assert.Equal(
            [MonitorState.Starting, MonitorState.Offline, MonitorState.Running],
            harness.Status.Reports.Select(r => r.State));
        harness.Logs.AssertNoErrors();
    }

    [Fact]
    public async Task An_Instance_That_Requires_A_Token_Shows_A_Clear_Error_And_Is_Retried_Slowly()
    {
        await using var server = await FakeMastodonServer.StartAsync();
        server.RequireToken = true;
        await using var harness = new MastodonHarness();

        harness.Start($"{server.BaseAddress}tags/news");
        var error = await harness.Status.WaitForAsync(MonitorState.Error).WaitAsync(Patience);
        var retry = await harness.Time.WaitForTimerAsync().WaitAsync(Patience);

        Assert.Equal("this instance requires an access token", error.Message);
        Assert.Equal(TimeSpan.FromMinutes(5), retry);
        harness.Logs.AssertNoErrors();
    }

    [Fact]
    public async Task An_Instance_That_Requires_A_Token_Is_Read_With_One()
    {
        await using var server = await FakeMastodonServer.StartAsync();
        server.RequireToken = true;
        var status = server.Post();
        await using var harness = new MastodonHarness(WithToken(server, FakeMastodonServer.AccessToken));

        harness.Start($"{server.BaseAddress}@alice");
        var post = Assert.Single(await harness.ReadAsync(1));

        Assert.Equal(status.Id, post.SourceId);
    }

    [Theory]
    [InlineData("authenticated", "this instance requires an access token")]
    [InlineData("disabled", "this instance has disabled this timeline")]
    public async Task Timelines_Access_Of_The_Instance_Is_Reported_Without_Reading_The_Timeline(string access, string message)
    {
        await using var server = await FakeMastodonServer.StartAsync();
        server.TimelinesAccess = access;
        await using var harness = new MastodonHarness();

        harness.Start($"{server.BaseAddress}public/local");
        var error = await harness.Status.WaitForAsync(MonitorState.Error).WaitAsync(Patience);

        Assert.Equal(message, error.Message);
        Assert.Equal(0, TimelineRequests(server));
    }

    [Fact]
    public async Task An_Unreachable_Instance_Is_Offline_And_Retried()
    {
        var closed = new TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        await using var harness = new MastodonHarness();

        harness.Start($"http://127.0.0.1:{port}/tags/news");
        var offline = await harness.Status.WaitForAsync(MonitorState.Offline).WaitAsync(Patience);
        var retry = await harness.Time.WaitForTimerAsync().WaitAsync(Patience);

        Assert.StartsWith("cannot reach 127.0.0.1", offline.Message);
        Assert.InRange(retry.TotalSeconds, 0.5, 1);
        await harness.StopAsync();
        harness.Logs.AssertNoErrors();
    }

    [Fact]
    public async Task An_Invalid_Target_Is_An_Error_That_Says_Why_And_Ends_The_Run()
    {
        await using var harness = new MastodonHarness();
        var status = new MonitorStatusRecorder();
        var monitor = new MonitorDefinition(1, MonitorKind.Mastodon, "https://mastodon.social/explore", null);

        await harness.Source.RunAsync(monitor, harness.Output.Writer, status, CancellationToken.None).WaitAsync(Patience);

        var (state, message) = Assert.Single(status.Reports);
        Assert.Equal(MonitorState.Error, state);
        Assert.StartsWith("'https://mastodon.social/explore' is not a Mastodon target", message);
    }

    private static int TimelineRequests(FakeMastodonServer server) =>
        server.Requests.Count(r => r.StartsWith("/api/v1/timelines/", StringComparison.Ordinal) || r.Contains("/statuses", StringComparison.Ordinal));

    private static Dictionary<string, string?> WithToken(FakeMastodonServer server, string token) => new()
    {
        ["Mastodon:AccessToken"] = token,
        ["Mastodon:AccessTokenInstance"] = server.BaseAddress.Host,
    };

    private static MeterListener ListenToFailures(IMeterFactory meters, List<string> kinds)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument is { Name: "mastodon.failures", Meter.Name: MastodonMetrics.MeterName } && instrument.Meter.Scope == meters)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            lock (kinds)
            {
                kinds.Add((string)tags[0].Value!);
            }
        });
        listener.Start();
        return listener;
    }
}
