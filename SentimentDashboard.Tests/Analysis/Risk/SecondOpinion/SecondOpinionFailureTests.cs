using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using SentimentDashboard.Tests.Fakes;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Analysis.Risk.SecondOpinion;

/// <summary>Rate limits, failures and timeouts of the endpoint, and the client's own limit: each ends in an answer or a clear error.</summary>
public sealed class SecondOpinionFailureTests : SecondOpinionServerTest
{
    private const string Post = "They should all be sent back where they came from.";

    [Fact]
    public async Task A_429_is_retried_after_its_Retry_After_seconds()
    {
        Server.Script(FakeChatReply.Error(429, "Rate limit reached", retryAfter: "7"), FakeChatReply.HatefulAnswer);

        var (result, waits) = await AskSkippingWaitsAsync();

        Assert.Equal("hateful", result.Opinion?.Category);
        Assert.Equal(2, Server.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(7)], waits);
    }

    [Fact]
    public async Task A_429_holds_every_caller_until_its_Retry_After()
    {
        Server.Script(FakeChatReply.Error(429, retryAfter: "30"), FakeChatReply.HatefulAnswer);
        var time = new ManualTimeProvider();
        var client = Client(time: time);

        var first = client.AskAsync(Post, CancellationToken.None);
        await time.WaitForTimerAsync();
        var second = client.AskAsync(Post, CancellationToken.None);

        Assert.Equal([TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30)], time.ArmedDelays);
        Assert.Single(Server.Requests);
        time.Advance(TimeSpan.FromSeconds(30));
        Assert.All(await Task.WhenAll(first, second), r => Assert.Equal("hateful", r.Opinion?.Category));
        Assert.Equal(3, Server.Requests.Count);
    }

    [Fact]
    public async Task A_429_without_Retry_After_is_retried_after_a_backoff()
    {
        Server.Script(FakeChatReply.Error(429), FakeChatReply.HatefulAnswer);

        var (result, waits) = await AskSkippingWaitsAsync();

        Assert.Equal("hateful", result.Opinion?.Category);
        Assert.InRange(Assert.Single(waits), TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task A_Retry_After_date_is_honoured_up_to_a_minute()
    {
        Server.Script(FakeChatReply.Error(429, retryAfter: DateTimeOffset.UtcNow.AddHours(1).ToString("R")), FakeChatReply.HatefulAnswer);

        var (result, waits) = await AskSkippingWaitsAsync();

        Assert.Equal("hateful", result.Opinion?.Category);
        Assert.Equal([TimeSpan.FromSeconds(60)], waits);
    }

    [Fact]
    public async Task A_429_every_time_gives_up_after_the_attempts_allowed()
    {
        Server.Script(FakeChatReply.Error(429, retryAfter: "1"));

        var (result, waits) = await AskSkippingWaitsAsync();

        Assert.Equal("Rate limited by the endpoint (429) after 3 attempts.", result.Error);
        Assert.Equal(3, Server.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)], waits);
    }

    [Fact]
    public async Task A_500_is_retried_after_a_backoff()
    {
        Server.Script(FakeChatReply.Error(500, "The server had an error"), FakeChatReply.HatefulAnswer);

        var (result, waits) = await AskSkippingWaitsAsync();

        Assert.Equal("hateful", result.Opinion?.Category);
        Assert.Equal(2, Server.Requests.Count);
        Assert.InRange(Assert.Single(waits), TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task A_503_every_time_gives_up_after_the_attempts_allowed()
    {
        Server.Script(FakeChatReply.Error(503));

        var (result, _) = await AskSkippingWaitsAsync(o => o.MaxAttempts = 2);

        Assert.Equal("The endpoint failed (HTTP 503) after 2 attempts.", result.Error);
        Assert.Equal(2, Server.Requests.Count);
    }

    [Fact]
    public async Task A_wrong_key_is_refused_once_and_not_retried()
    {
        var result = await Client(o => o.ApiKey = "wrong-key").AskAsync(Post, CancellationToken.None);

        Assert.Equal("The endpoint refused the key (401): check SecondOpinion:ApiKey.", result.Error);
        Assert.Equal("Bearer wrong-key", Assert.Single(Server.Requests).Authorization);
    }

    [Fact]
    public async Task A_wrong_address_is_not_found_and_not_retried()
    {
        var result = await Client(o => o.BaseUrl = Server.BaseUrl + "/nowhere").AskAsync(Post, CancellationToken.None);

        Assert.Equal("The endpoint or the model was not found (404): check SecondOpinion:BaseUrl and SecondOpinion:Model.", result.Error);
    }

    [Fact]
    public async Task A_400_quotes_the_endpoints_message()
    {
        Server.Script(FakeChatReply.Error(400, "response_format json_object is not supported by this model"));

        var result = await Client().AskAsync(Post, CancellationToken.None);

        Assert.Equal("The endpoint refused the request (HTTP 400): “response_format json_object is not supported by this model”.", result.Error);
        Assert.Single(Server.Requests);
    }

    [Fact]
    public async Task Without_json_mode_no_response_format_is_sent()
    {
        await Client(o => o.JsonResponseFormat = false).AskAsync(Post, CancellationToken.None);

        Assert.Null(Assert.Single(Server.Requests).ResponseFormat);
    }

    [Fact]
    public async Task An_endpoint_that_never_answers_times_out_once()
    {
        Server.Script(FakeChatReply.Hang);

        var result = await Client(o => o.TimeoutSeconds = 1).AskAsync(Post, CancellationToken.None);

        Assert.Equal("Timed out after 1 s.", result.Error);
        Assert.Single(Server.Requests);
    }

    [Fact]
    public async Task A_page_that_is_not_a_chat_completion_is_an_error()
    {
        Server.Script(FakeChatReply.Body(200, "text/html", "<html><body>Welcome to the proxy</body></html>"));

        var result = await Client().AskAsync(Post, CancellationToken.None);

        Assert.StartsWith("The endpoint's answer was not a chat completion", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_endpoint_nobody_listens_on_is_retried_then_reported()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var (result, waits) = await AskSkippingWaitsAsync(o => o.BaseUrl = $"http://127.0.0.1:{port}/v1");

        Assert.StartsWith("Could not reach the endpoint: ", result.Error, StringComparison.Ordinal);
        Assert.EndsWith(" after 3 attempts.", result.Error, StringComparison.Ordinal);
        Assert.Equal(2, waits.Count);
    }

    [Fact]
    public async Task The_callers_cancellation_is_thrown_not_reported()
    {
        Server.Script(FakeChatReply.Hang);
        using var cancel = new CancellationTokenSource();

        var asking = Client().AskAsync(Post, cancel.Token);
        await Server.WaitForRequestsAsync(1);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => asking);
    }

    [Fact]
    public async Task Past_its_requests_a_minute_one_caller_waits_and_the_next_is_refused()
    {
        var client = Client(o => o.MaxRequestsPerMinute = 1);
        Assert.NotNull((await client.AskAsync(Post, CancellationToken.None)).Opinion);
        using var cancel = new CancellationTokenSource();

        var waiting = client.AskAsync(Post, cancel.Token);
        var refused = await client.AskAsync(Post, CancellationToken.None);

        Assert.Equal("Too many second opinions asked: 1 a minute are allowed and as many are already waiting; ask again later.", refused.Error);
        Assert.False(waiting.IsCompleted);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Single(Server.Requests);
    }

    [Fact]
    public async Task The_log_never_holds_the_key_nor_warns_with_the_text()
    {
        Server.Script(FakeChatReply.Answer("not json"), FakeChatReply.Error(500), FakeChatReply.HatefulAnswer);
        var client = Client(o => o.MaxAttempts = 1);

        await client.AskAsync(Post, CancellationToken.None);
        await client.AskAsync(Post, CancellationToken.None);
        await client.AskAsync(Post, CancellationToken.None);
        await Client(o => o.ApiKey = "wrong-key-abcdef").AskAsync(Post, CancellationToken.None);

        Assert.Contains(Logs.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains(Logs.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("hateful", StringComparison.Ordinal));
        Assert.DoesNotContain(Logs.Entries, e => e.Message.Contains(FakeChatCompletionsServer.Key, StringComparison.Ordinal) || e.Message.Contains("abcdef", StringComparison.Ordinal));
        Assert.DoesNotContain(Logs.Entries, e => e.Level >= LogLevel.Warning && e.Message.Contains("sent back", StringComparison.Ordinal));
    }
}
