using System.Threading.Channels;
using Microsoft.Extensions.Options;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Pipeline;

namespace SentimentDashboard.Alerts;

/// <summary>
/// Evaluates the enabled rules against every committed batch and monitor event, stores the alerts and tells open pages.
/// The store and the monitors only hand their news to a bounded queue: when evaluation falls behind, news is dropped
/// and counted (<see cref="Dropped"/>), and the pipeline never waits for alerts.
/// </summary>
public sealed partial class AlertEvaluator : BackgroundService
{
    private readonly Channel<AlertInput> _queue;
    private readonly List<IDisposable> _subscriptions;
    private readonly AlertRuleStore _rules;
    private readonly AlertWriter _writer;
    private readonly AlertNotices _notices;
    private readonly WebhookSender _webhooks;
    private readonly TimeProvider _time;
    private readonly AlertsOptions _options;
    private readonly ILogger<AlertEvaluator> _logger;
    private readonly PostRules _postRules = new();
    private readonly MonitorEvents _monitorEvents = new();
    private readonly DropCounter _drops = new();

    public AlertEvaluator(
        LiveHub hub, MonitorStatusBoard board, AlertRuleStore rules, AlertWriter writer, AlertNotices notices, WebhookSender webhooks, TimeProvider time,
        IOptions<AlertsOptions> options, ILogger<AlertEvaluator> logger)
    {
        (_rules, _writer, _notices, _webhooks, _time, _options, _logger) = (rules, writer, notices, webhooks, time, options.Value, logger);
        _queue = Channel.CreateBounded<AlertInput>(new BoundedChannelOptions(_options.QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        _subscriptions =
        [
            hub.Subscribe(batch => Offer(new AlertInput(Batch: batch))),
            hub.SubscribeLives(live => Offer(new AlertInput(Live: live))),
            board.Subscribe(change => Offer(new AlertInput(Status: change))),
        ];
    }

    /// <summary>Batches and events dropped because evaluation was behind.</summary>
    public long Dropped => _drops.Total;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var ticks = new PeriodicTimer(TimeSpan.FromSeconds(_options.SilenceCheckSeconds), _time);
        var ticking = TickAsync(ticks, stoppingToken);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var input = await _queue.Reader.ReadAsync(stoppingToken);
                try
                {
                    var rules = await _rules.EnabledAsync(stoppingToken);
                    foreach (var notice in await _writer.WriteAsync(Evaluate(input, rules), stoppingToken))
                    {
                        _notices.Publish(notice);
                        if (notice.IsNew && rules.FirstOrDefault(r => r.Id == notice.RuleId) is { WebhookUrl: not null } rule)
                        {
                            _webhooks.Enqueue(rule, notice);
                        }
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    LogEvaluationFailed(_logger, e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        await ticking;
    }

    public override void Dispose()
    {
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }

        base.Dispose();
    }

    private IReadOnlyList<AlertHit> Evaluate(AlertInput input, IReadOnlyList<AlertRuleEntity> rules)
    {
        if (input.Batch is { } batch)
        {
            _monitorEvents.OnPosts(batch);
            return _postRules.Evaluate(rules, batch);
        }

        return input.Status is { } status ? _monitorEvents.OnStatus(rules, status)
            : input.Live is { } live ? _monitorEvents.OnLive(rules, live)
            : _monitorEvents.OnTick(rules, input.Tick ?? _time.GetUtcNow());
    }

    private void Offer(AlertInput input)
    {
        if (!_queue.Writer.TryWrite(input) && _drops.Drop() is { } dropped)
        {
            LogDropped(_logger, dropped);
        }
    }

    private async Task TickAsync(PeriodicTimer ticks, CancellationToken stoppingToken)
    {
        try
        {
            while (await ticks.WaitForNextTickAsync(stoppingToken))
            {
                Offer(new AlertInput(Tick: _time.GetUtcNow()));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Alert evaluation failed; the next batch is evaluated as usual")]
    private static partial void LogEvaluationFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert evaluation is behind: {Dropped} batches or events dropped so far")]
    private static partial void LogDropped(ILogger logger, long dropped);
}
