using System.Threading.Channels;
using Microsoft.Extensions.Options;
using SentimentDashboard.Pipeline;

namespace SentimentDashboard.Review;

/// <summary>
/// Queues every committed post or transcript segment (new or edited) whose risk reaches <see cref="ReviewOptions.MinimumRisk"/>.
/// Items the LLM should see go on to <see cref="ReviewSecondOpinions"/>. The store only hands its batches to a bounded queue: when queueing falls behind, batches are dropped and counted,
/// and the pipeline never waits for the review queue.
/// </summary>
public sealed partial class ReviewQueueFeeder : BackgroundService
{
    private readonly Channel<CommittedBatch> _batches;
    private readonly IDisposable _subscription;
    private readonly ReviewQueue _queue;
    private readonly ReviewSecondOpinions _opinions;
    private readonly ReviewNotices _notices;
    private readonly ReviewOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ReviewQueueFeeder> _logger;
    private readonly SideWorkerCounters _counters = new();

    public ReviewQueueFeeder(
        LiveHub hub, ReviewQueue queue, ReviewSecondOpinions opinions, ReviewNotices notices, TimeProvider time, IOptions<ReviewOptions> options,
        ILogger<ReviewQueueFeeder> logger)
    {
        (_queue, _opinions, _notices, _time, _options, _logger) = (queue, opinions, notices, time, options.Value, logger);
        _batches = Channel.CreateBounded<CommittedBatch>(new BoundedChannelOptions(_options.QueueCapacity) { SingleReader = true });
        _subscription = hub.Subscribe(Offer);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await CatchUpAsync(stoppingToken);
            await foreach (var batch in _batches.Reader.ReadAllAsync(stoppingToken))
            {
                var risky = batch.Added.Concat(batch.Updated).Where(p => p.Scores?.Risk >= (float)_options.MinimumRisk).ToList();
                if (risky.Count == 0)
                {
                    _counters.Handled();
                    continue;
                }

                try
                {
                    Announce(await _queue.AddAsync(risky, stoppingToken));
                    _counters.Handled();
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    _counters.Failed();
                    LogQueueingFailed(_logger, risky.Count, e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// Posts committed before a stop but not queued yet (the batches in this queue's memory were lost) are queued at
    /// start; a queue never used takes the last day's. Batches committed meanwhile wait in the channel.
    /// </summary>
    private async Task CatchUpAsync(CancellationToken stoppingToken)
    {
        try
        {
            var caught = await _queue.CatchUpAsync(_options.MinimumRisk, _time.GetUtcNow().AddDays(-1), _options.QueueCapacity * 10, stoppingToken);
            if (caught.Count > 0)
            {
                LogCaughtUp(_logger, caught.Count);
                Announce(caught);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogCatchUpFailed(_logger, e);
        }
    }

    private void Announce(IReadOnlyList<ReviewItemEntity> queued)
    {
        if (queued.Count > 0)
        {
            _notices.Publish(new ReviewChange(queued.Count));
            _opinions.Enqueue(queued.Where(q => _opinions.Asks(q.Risk)).Select(q => q.Id));
        }
    }

    /// <summary>Batches queued, failed and dropped (queueing was behind), and the queue, for the Status page.</summary>
    public SideWorkerSnapshot Snapshot() => _counters.Snapshot("review queue", _batches.Reader.Count, _options.QueueCapacity);

    public override void Dispose()
    {
        _subscription.Dispose();
        base.Dispose();
    }

    private void Offer(CommittedBatch batch)
    {
        if (!_batches.Writer.TryWrite(batch) && _counters.Drops.Drop() is { } dropped)
        {
            LogDropped(_logger, dropped);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Count} high-risk posts could not be queued for review")]
    private static partial void LogQueueingFailed(ILogger logger, int count, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "The review queue could not look for high-risk posts stored before the last stop")]
    private static partial void LogCatchUpFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Queued {Count} high-risk posts for review that were stored before the last stop")]
    private static partial void LogCaughtUp(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The review queue is behind: {Dropped} batches dropped so far")]
    private static partial void LogDropped(ILogger logger, long dropped);
}
