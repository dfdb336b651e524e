using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging.Abstractions;
using SentimentDashboard.Monitoring.Mastodon;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Monitoring.Mastodon;

public sealed class RateLimitPacerTests
{
    private static readonly Uri Timeline = new("https://mastodon.example/api/v1/timelines/public");
    private static readonly Uri Stream = new("https://mastodon.example/api/v1/streaming/public");

    private readonly ManualTimeProvider time = new();

    [Fact]
    public async Task A_429_Holds_Every_Request_To_The_Instance_Until_Retry_After_Even_Past_A_Response_Without_Budget()
    {
        var pacer = new RateLimitPacer(time, NullLogger<RateLimitPacer>.Instance);
        using var limited = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Headers = { RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(20)) } };
        using var streamed = new HttpResponseMessage(HttpStatusCode.OK);

        pacer.Observe(Timeline, limited);
        pacer.Observe(Stream, streamed);
        var turn = pacer.WaitTurnAsync(new Uri("https://MASTODON.example/api/v1/accounts/lookup?acct=a"), CancellationToken.None);
        var elsewhere = pacer.WaitTurnAsync(new Uri("https://other.example/api/v1/timelines/public"), CancellationToken.None);

        Assert.False(turn.IsCompleted);
        Assert.True(elsewhere.IsCompleted);
        Assert.Equal([TimeSpan.FromSeconds(20)], time.ArmedDelays);
        time.Advance(TimeSpan.FromSeconds(20));
        await turn.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData(null, "2020-01-01T00:00:42Z", 42)]
    [InlineData(null, null, 60)]
    [InlineData("2020-01-01T00:00:30Z", "2020-01-01T00:05:00Z", 30)]
    public void Without_Retry_After_A_429_Waits_For_The_Reset_On_The_Servers_Clock(string? retryAt, string? reset, double expectedSeconds)
    {
        var pacer = new RateLimitPacer(time, NullLogger<RateLimitPacer>.Instance);
        using var limited = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        limited.Headers.Date = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        if (retryAt is not null)
        {
            limited.Headers.RetryAfter = new RetryConditionHeaderValue(DateTimeOffset.Parse(retryAt));
        }

        if (reset is not null)
        {
            limited.Headers.Add("X-RateLimit-Reset", reset);
        }

        pacer.Observe(Timeline, limited);
        _ = pacer.WaitTurnAsync(Timeline, CancellationToken.None);

        Assert.Equal([TimeSpan.FromSeconds(expectedSeconds)], time.ArmedDelays);
    }

    [Fact]
    public void An_Ample_Budget_Lifts_A_Pause()
    {
        var pacer = new RateLimitPacer(time, NullLogger<RateLimitPacer>.Instance);
        using var low = Budget(remaining: 2);
        using var ample = Budget(remaining: 250);

        pacer.Observe(Timeline, low);
        pacer.Observe(Timeline, ample);

        Assert.True(pacer.WaitTurnAsync(Timeline, CancellationToken.None).IsCompleted);
    }

    private static HttpResponseMessage Budget(int remaining)
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Headers = { Date = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero) } };
        response.Headers.Add("X-RateLimit-Limit", "300");
        response.Headers.Add("X-RateLimit-Remaining", remaining.ToString());
        response.Headers.Add("X-RateLimit-Reset", "2020-01-01T00:05:00.000000Z");
        return response;
    }
}
