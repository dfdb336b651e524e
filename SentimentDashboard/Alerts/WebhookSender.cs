using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using SentimentDashboard.Monitoring;

namespace SentimentDashboard.Alerts;

/// <summary>
/// POSTs new alerts to their rules' webhooks from a bounded queue of its own: a slow or failing endpoint delays only
/// other webhooks, never evaluation. A call that fails (no answer, 5xx, 408 or 429) is retried with exponential
/// backoff; a full queue drops the call and logs it.
/// </summary>
public sealed partial class WebhookSender(IHttpClientFactory clients, TimeProvider time, IOptions<AlertsOptions> options, ILogger<WebhookSender> logger)
    : BackgroundService
{
    public const string Client = "webhooks";

    private const int Capacity = 256;

    private readonly Channel<WebhookCall> _queue = Channel.CreateBounded<WebhookCall>(new BoundedChannelOptions(Capacity) { SingleReader = true });

    public void Enqueue(AlertRuleEntity rule, AlertNotice notice)
    {
        var body = rule.WebhookText
            ? JsonSerializer.Serialize(new { text = $"[{notice.Severity}] {notice.Title}{(notice.Detail is null ? "" : $" ({notice.Detail})")}" })
            : JsonSerializer.Serialize(new
            {
                id = notice.AlertId, rule = rule.Name, severity = notice.Severity.ToString().ToLowerInvariant(), title = notice.Title, count = notice.Count,
                monitor_id = notice.MonitorId, detail = notice.Detail,
            });
        if (!_queue.Writer.TryWrite(new WebhookCall(rule.WebhookUrl!, rule.Name, body)))
        {
            LogDropped(logger, rule.Name);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var call = await _queue.Reader.ReadAsync(stoppingToken);
                try
                {
                    await SendAsync(call, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    LogFailed(logger, call.RuleName, call.Url, e.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task SendAsync(WebhookCall call, CancellationToken stoppingToken)
    {
        var http = clients.CreateClient(Client);
        var attempts = options.Value.WebhookAttempts;
        for (var attempt = 1; ; attempt++)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.WebhookTimeoutSeconds));
            string outcome;
            try
            {
                using var content = new StringContent(call.Json, Encoding.UTF8, "application/json");
                using var response = await http.PostAsync(call.Url, content, timeout.Token);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                outcome = $"HTTP {(int)response.StatusCode}";
                if ((int)response.StatusCode is < 500 and not 408 and not 429)
                {
                    attempt = attempts;
                }
            }
            catch (Exception e) when (e is HttpRequestException || e is OperationCanceledException && !stoppingToken.IsCancellationRequested)
            {
                outcome = e is OperationCanceledException ? "no answer in time" : e.Message;
            }

            if (attempt >= attempts)
            {
                LogFailed(logger, call.RuleName, call.Url, outcome);
                return;
            }

            LogRetrying(logger, call.RuleName, outcome, attempt);
            await Task.Delay(Backoff.After(attempt), time, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook of alert rule '{Rule}' failed ({Outcome}), attempt {Attempt}; retrying")]
    private static partial void LogRetrying(ILogger logger, string rule, string outcome, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook of alert rule '{Rule}' at {Url} gave up: {Outcome}")]
    private static partial void LogFailed(ILogger logger, string rule, string url, string outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook of alert rule '{Rule}' dropped: too many calls are waiting")]
    private static partial void LogDropped(ILogger logger, string rule);
}
