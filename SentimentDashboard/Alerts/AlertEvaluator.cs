using System.Threading.Channels;
using Microsoft.Extensions.Options;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Pipeline;

namespace SentimentDashboard.Alerts;

/// <summary>
/// Evaluates the enabled rules against every committed batch and monitor event, stores the alerts and tells open pages.
/// The store and the monitors only hand their news to a bounded queue: when evaluation falls behind, news is dropped
/// and counted (<see cref="Snapshot"/>), and the pipeline never waits for alerts. At start, the posts stored after the
/// last evaluated one (<see cref="AlertCatchUp"/>) go through the threshold and watch-list rules; spike rules skip them,
/// since a baseline cut by the stop would call them a spike or hide one.
/// </summary>
public sealed partial class AlertEvaluator : BackgroundService
{
    /// <summary>
    /// How often the mark moves when no alert moves it: a crash re-evaluates at most this much of the stream, whose
    /// posts raised nothing the first time and, under the same rules, raise nothing again.
    /// </summary>
    private static readonly TimeSpan MarkInterval = TimeSpan.FromSeconds(1);

    private readonly Channel<AlertInput> _queue;
    private readonly List<IDisposable> _subscriptions;
    private readonly AlertRuleStore _rules;
    private readonly AlertWriter _writer;
    private readonly AlertCatchUp _catchUp;
    private readonly AlertNotices _notices;
    private readonly WebhookSender _webhooks;
    private readonly TimeProvider _time;
    private readonly AlertsOptions _options;
    private readonly ILogger<AlertEvaluator> _logger;
    private readonly PostRules _postRules = new();
    private readonly MonitorEvents _monitorEvents = new();
    private readonly SideWorkerCounters _counters = new();
    private long _caughtUpThrough;
    private long _evaluatedThrough;
    private long _savedThrough;
    private long _savedAt;

    public AlertEvaluator(
        LiveHub hub, MonitorStatusBoard board, AlertRuleStore rules, AlertWriter writer, AlertCatchUp catchUp, AlertNotices notices, WebhookSender webhooks,
        TimeProvider time, IOptions<AlertsOptions> options, ILogger<AlertEvaluator> logger)
    {
        (_rules, _writer, _catchUp, _notices, _webhooks, _time, _options, _logger) = (rules, writer, catchUp, notices, webhooks, time, options.Value, logger);
        _queue = Channel.CreateBounded<AlertInput>(new BoundedChannelOptions(_options.QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        _subscriptions =
        [
            hub.Subscribe(batch => Offer(new AlertInput(Batch: batch))),
            hub.SubscribeLives(live => Offer(new AlertInput(Live: live))),
            board.Subscribe(change => Offer(new AlertInput(Status: change))),
        ];
    }

    /// <summary>Batches and events evaluated, failed and dropped (evaluation was behind), and the queue, for the Status page.</summary>
    public SideWorkerSnapshot Snapshot() => _counters.Snapshot("alert rules", _queue.Reader.Count, _options.QueueCapacity);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var ticks = new PeriodicTimer(TimeSpan.FromSeconds(_options.SilenceCheckSeconds), _time);
        var ticking = TickAsync(ticks, stoppingToken);
        try
        {
            await CatchUpAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                var input = await _queue.Reader.ReadAsync(stoppingToken);
                try
                {
                    var rules = await _rules.EnabledAsync(stoppingToken);
                    var hits = Evaluate(input, rules);
                    await WriteAsync(hits, rules, MarkToSave(hits.Count > 0 || input.Tick is not null), stoppingToken);
                    _counters.Handled();
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    _counters.Failed();
                    LogEvaluationFailed(_logger, e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        await SaveLastMarkAsync();
        await ticking;
    }

    private async Task CatchUpAsync(CancellationToken stoppingToken)
    {
        try
        {
            var backlog = await _catchUp.PendingAsync(_options.CatchUpLimit, stoppingToken);
            _caughtUpThrough = _evaluatedThrough = backlog.Through;
            if (backlog.Skipped > 0)
            {
                LogBacklogSkipped(_logger, backlog.Skipped, _options.CatchUpLimit);
            }

            if (backlog.Posts.Count == 0 && backlog.Skipped == 0)
            {
                _savedThrough = backlog.Through;
                return;
            }

            var rules = (await _rules.EnabledAsync(stoppingToken)).Where(r => r.Kind != AlertRuleKind.Spike).ToList();
            var hits = _postRules.Evaluate(rules, new CommittedBatch(backlog.Posts, [], [], _time.GetUtcNow()));
            var raised = await WriteAsync(hits, rules, backlog.Through, stoppingToken);
            LogCaughtUp(_logger, backlog.Posts.Count, raised);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogCatchUpFailed(_logger, e);
        }
    }

    /// <summary>Stores the hits (and the mark, if given) and tells open pages and webhooks; returns how many alerts were touched.</summary>
    private async Task<int> WriteAsync(IReadOnlyList<AlertHit> hits, IReadOnlyList<AlertRuleEntity> rules, long? mark, CancellationToken cancellationToken)
    {
        var notices = await _writer.WriteAsync(hits, mark, cancellationToken);
        if (mark is { } saved)
        {
            (_savedThrough, _savedAt) = (saved, _time.GetTimestamp());
        }

        foreach (var notice in notices)
        {
            _notices.Publish(notice);
            if (notice.IsNew && rules.FirstOrDefault(r => r.Id == notice.RuleId) is { WebhookUrl: not null } rule)
            {
                _webhooks.Enqueue(rule, notice);
            }
        }

        return notices.Count;
    }

    private long? MarkToSave(bool now) =>
        _evaluatedThrough > _savedThrough && (now || _time.GetElapsedTime(_savedAt) >= MarkInterval) ? _evaluatedThrough : null;

    /// <summary>At a clean stop the mark catches up with the last batch evaluated.</summary>
    private async Task SaveLastMarkAsync()
    {
        if (MarkToSave(now: true) is not { } mark)
        {
            return;
        }

        try
        {
            await _writer.WriteAsync([], mark, CancellationToken.None);
        }
        catch (Exception e)
        {
            LogEvaluationFailed(_logger, e);
        }
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
            if (batch.Added.Count > 0)
            {
                _evaluatedThrough = Math.Max(_evaluatedThrough, batch.Added.Max(p => p.Id));
            }

            // A batch committed while the catch-up read the database may hold posts it has evaluated already.
            var unseen = batch.Added.Any(p => p.Id <= _caughtUpThrough) ? batch with { Added = [.. batch.Added.Where(p => p.Id > _caughtUpThrough)] } : batch;
            return _postRules.Evaluate(rules, unseen);
        }

        return input.Status is { } status ? _monitorEvents.OnStatus(rules, status)
            : input.Live is { } live ? _monitorEvents.OnLive(rules, live)
            : _monitorEvents.OnTick(rules, input.Tick ?? _time.GetUtcNow());
    }

    private void Offer(AlertInput input)
    {
        if (!_queue.Writer.TryWrite(input) && _counters.Drops.Drop() is { } dropped)
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Evaluated {Posts} posts stored before the last stop against the alert rules; alerts raised or grown: {Alerts}")]
    private static partial void LogCaughtUp(ILogger logger, int posts, int alerts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Skipped} more posts stored before the last stop were not evaluated against the alert rules (Alerts:CatchUpLimit is {Limit})")]
    private static partial void LogBacklogSkipped(ILogger logger, int skipped, int limit);

    [LoggerMessage(Level = LogLevel.Error, Message = "The alert rules could not look at the posts stored before the last stop")]
    private static partial void LogCatchUpFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert evaluation is behind: {Dropped} batches or events dropped so far")]
    private static partial void LogDropped(ILogger logger, long dropped);
}
