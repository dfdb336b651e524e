using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using OpenAI;
using OpenAI.Chat;
using SentimentDashboard.Monitoring;

namespace SentimentDashboard.Analysis.Risk.SecondOpinion;

/// <summary>
/// Asks the configured LLM for its opinion of one item (<see cref="SecondOpinionOptions"/>). Retries and timeouts are
/// ours, not the SDK's: at most <see cref="SecondOpinionOptions.MaxRequestsPerMinute"/> requests a minute leave, a 429
/// holds every caller for its Retry-After (at most a minute), a 5xx or a network failure is retried with backoff, up to
/// <see cref="SecondOpinionOptions.MaxAttempts"/>; anything else becomes an error result. Thread-safe; a singleton.
/// </summary>
public sealed partial class SecondOpinionClient : IDisposable
{
    public const int MaxAnswerBytes = 64 * 1024;

    /// <summary>Sent as the bearer token when no key is configured: the SDK requires one, Ollama ignores it.</summary>
    private const string NoKey = "no-key";

    private readonly SecondOpinionOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SecondOpinionClient> _logger;
    private readonly HttpClient? _http;
    private readonly ChatClient? _chat;
    private readonly SlidingWindowRateLimiter? _limiter;
    private long _pausedUntilTicks;

    public SecondOpinionClient(IOptions<SecondOpinionOptions> options, TimeProvider time, ILogger<SecondOpinionClient> logger)
    {
        _options = options.Value;
        _time = time;
        _logger = logger;
        if (!_options.Enabled)
        {
            return;
        }

        _http = new HttpClient(new AnswerSizeLimit(MaxAnswerBytes) { InnerHandler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) } })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _chat = new ChatClient(_options.Model, new ApiKeyCredential(string.IsNullOrEmpty(_options.ApiKey) ? NoKey : _options.ApiKey), new OpenAIClientOptions
        {
            Endpoint = new Uri(_options.BaseUrl!.Trim().TrimEnd('/')),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = TimeSpan.FromSeconds(_options.TimeoutSeconds),
            Transport = new HttpClientPipelineTransport(_http),
        });
        _limiter = new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
        {
            PermitLimit = _options.MaxRequestsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            SegmentsPerWindow = 6,
            QueueLimit = _options.MaxRequestsPerMinute,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    public bool IsEnabled => _chat is not null;

    public double MinimumRisk => _options.MinimumRisk;

    /// <summary>The model's opinion of <paramref name="text"/>, or why there is none; throws only when <paramref name="cancellationToken"/> is cancelled.</summary>
    public async Task<SecondOpinionResult> AskAsync(string text, CancellationToken cancellationToken)
    {
        if (_chat is null || _limiter is null)
        {
            return SecondOpinionResult.Failed("The second opinion is off: it needs SecondOpinion:Enabled, BaseUrl and Model in the configuration.");
        }

        var messages = SecondOpinionPrompt.Messages(text, _options.MaxTextCharacters);
        for (var attempt = 1; ; attempt++)
        {
            await WaitOutPauseAsync(cancellationToken);
            using var lease = await _limiter.AcquireAsync(1, cancellationToken);
            if (!lease.IsAcquired)
            {
                LogBusy(_logger, _options.MaxRequestsPerMinute);
                return SecondOpinionResult.Failed(
                    $"Too many second opinions asked: {_options.MaxRequestsPerMinute} a minute are allowed and as many are already waiting; ask again later.");
            }

            LogAsking(_logger, _options.Model!, text.Length, attempt);
            var (result, failure) = await AttemptAsync(messages, cancellationToken);
            if (result is not null)
            {
                return result;
            }

            if (!failure!.Retry || attempt >= _options.MaxAttempts)
            {
                LogFailed(_logger, failure.Reason, attempt);
                return SecondOpinionResult.Failed(failure.Retry ? $"{failure.Message} after {attempt} {(attempt == 1 ? "attempt" : "attempts")}." : failure.Message);
            }

            var wait = failure.RetryAfter ?? Backoff.After(attempt);
            LogRetrying(_logger, failure.Reason, attempt, _options.MaxAttempts, wait.TotalSeconds);
            if (failure.RateLimited)
            {
                PauseEveryone(wait);
            }
            else
            {
                await Task.Delay(wait, _time, cancellationToken);
            }
        }
    }

    public void Dispose()
    {
        _limiter?.Dispose();
        _http?.Dispose();
    }

    private async Task<(SecondOpinionResult? Result, EndpointFailure? Failure)> AttemptAsync(IReadOnlyList<ChatMessage> messages, CancellationToken cancellationToken)
    {
        // The endpoint's time is real time: this timeout, like the SDK's NetworkTimeout, is not on the TimeProvider, whose waits are the retries'.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
        var request = new ChatCompletionOptions { Temperature = 0f };
        if (_options.JsonResponseFormat)
        {
            request.ResponseFormat = ChatResponseFormat.CreateJsonObjectFormat();
        }

        try
        {
            var response = await _chat!.CompleteChatAsync(messages, request, timeout.Token);
            if (!HasChoices(response.GetRawResponse()))
            {
                LogUnusable(_logger, _options.Model!, "no choices");
                return (SecondOpinionResult.Failed("The model gave no answer (its list of choices was empty)."), null);
            }

            var completion = response.Value;
            var model = string.IsNullOrWhiteSpace(completion.Model) ? _options.Model! : completion.Model;
            if (!string.IsNullOrWhiteSpace(completion.Refusal))
            {
                LogUnusable(_logger, model, "refusal");
                return (SecondOpinionResult.Failed($"The model refused to answer: {SecondOpinionParser.Quote(completion.Refusal)}"), null);
            }

            var answer = string.Concat(completion.Content.Where(p => p.Kind == ChatMessageContentPartKind.Text).Select(p => p.Text));
            var result = SecondOpinionParser.Parse(answer, model);
            if (result.Opinion is { } opinion)
            {
                LogAnswered(_logger, model, opinion.Category, opinion.Score);
            }
            else
            {
                LogUnusable(_logger, model, "not the expected JSON");
            }

            return (result, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, EndpointFailure.TimedOut(_options.TimeoutSeconds));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (null, EndpointFailure.From(e, _time.GetUtcNow()));
        }
    }

    /// <summary>The SDK reads the first choice without looking: an empty list would throw from every property.</summary>
    private static bool HasChoices(PipelineResponse response)
    {
        using var body = JsonDocument.Parse(response.Content.ToMemory());
        return body.RootElement.TryGetProperty("choices", out var choices) && choices.ValueKind == JsonValueKind.Array && choices.GetArrayLength() > 0;
    }

    /// <summary>After a 429 every caller waits, not only the one that met it: the endpoint's limit is the app's, not a request's.</summary>
    private void PauseEveryone(TimeSpan wait)
    {
        var until = (_time.GetUtcNow() + wait).UtcTicks;
        var seen = Interlocked.Read(ref _pausedUntilTicks);
        while (until > seen && Interlocked.CompareExchange(ref _pausedUntilTicks, until, seen) is var current && current != seen)
        {
            seen = current;
        }
    }

    private Task WaitOutPauseAsync(CancellationToken cancellationToken)
    {
        var wait = new DateTimeOffset(Interlocked.Read(ref _pausedUntilTicks), TimeSpan.Zero) - _time.GetUtcNow();
        return wait > TimeSpan.Zero ? Task.Delay(wait, _time, cancellationToken) : Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Asking {Model} for a second opinion on {Characters} characters, attempt {Attempt}")]
    private static partial void LogAsking(ILogger logger, string model, int characters, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Second opinion from {Model}: {Category}, score {Score}")]
    private static partial void LogAnswered(ILogger logger, string model, string category, float score);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Second opinion from {Model} unusable: {Reason}")]
    private static partial void LogUnusable(ILogger logger, string model, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Second opinion attempt {Attempt} of {MaxAttempts} failed ({Reason}); retrying in {Seconds:0.#} s")]
    private static partial void LogRetrying(ILogger logger, string reason, int attempt, int maxAttempts, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Second opinion failed ({Reason}) after {Attempts} attempt(s)")]
    private static partial void LogFailed(ILogger logger, string reason, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Second opinion refused: {Limit} requests a minute are used and as many are waiting")]
    private static partial void LogBusy(ILogger logger, int limit);
}
