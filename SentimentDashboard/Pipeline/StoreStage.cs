using Microsoft.Extensions.Options;

namespace SentimentDashboard.Pipeline;

/// <summary>
/// Reads classified posts and commits them in batches (up to <see cref="PipelineOptions.BatchSize"/> rows or
/// <see cref="PipelineOptions.BatchDelayMilliseconds"/> after a batch's first post), then publishes each committed
/// batch on the <see cref="LiveHub"/>. When a batch fails, its posts are written one by one, so one bad row costs
/// only itself.
/// </summary>
public sealed partial class StoreStage(
    ChannelQueue<ScoredPost> input,
    PostBatchWriter writer,
    LiveHub hub,
    PipelineMetrics metrics,
    IOptions<PipelineOptions> options,
    TimeProvider time,
    ILogger<StoreStage> logger) : BackgroundService
{
    private readonly int _batchSize = options.Value.BatchSize;
    private readonly TimeSpan _batchDelay = TimeSpan.FromMilliseconds(options.Value.BatchDelayMilliseconds);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<ScoredPost>(_batchSize);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                batch.Clear();
                if (!await FillAsync(batch, stoppingToken))
                {
                    break;
                }

                // A batch that was read is written even during shutdown: it takes milliseconds.
                await WriteAsync(batch);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }
    }

    /// <summary>Waits for a first post, then takes more until the batch is full or its delay is over; false when the queue is closed.</summary>
    private async Task<bool> FillAsync(List<ScoredPost> batch, CancellationToken stoppingToken)
    {
        var reader = input.Reader;
        if (!await reader.WaitToReadAsync(stoppingToken))
        {
            return false;
        }

        var started = time.GetTimestamp();
        while (true)
        {
            while (batch.Count < _batchSize && reader.TryRead(out var post))
            {
                batch.Add(post);
            }

            var remaining = _batchDelay - time.GetElapsedTime(started);
            if (batch.Count >= _batchSize || remaining <= TimeSpan.Zero)
            {
                return true;
            }

            using var delay = new CancellationTokenSource(remaining, time);
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, delay.Token);
            try
            {
                if (!await reader.WaitToReadAsync(wait.Token))
                {
                    return true;
                }
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                return true;
            }
        }
    }

    private async Task WriteAsync(List<ScoredPost> batch)
    {
        try
        {
            Committed(batch, await writer.WriteAsync(batch, CancellationToken.None));
            return;
        }
        catch (Exception e)
        {
            LogBatchFailed(logger, batch.Count, e);
        }

        var failed = 0;
        Exception? first = null;
        var stored = new List<(ScoredPost Post, CommittedBatch Batch)>(batch.Count);
        foreach (var post in batch)
        {
            try
            {
                stored.Add((post, await writer.WriteAsync([post], CancellationToken.None)));
            }
            catch (Exception e)
            {
                failed++;
                first ??= e;
            }
        }

        // The failure is logged and counted before the rest is announced, so whoever sees the commits finds both.
        if (first is not null)
        {
            LogPostsFailed(logger, failed, batch.Count, first);
            metrics.Store.Failed(failed);
        }

        foreach (var (post, committed) in stored)
        {
            Committed([post], committed);
        }
    }

    private void Committed(IReadOnlyList<ScoredPost> posts, CommittedBatch committed)
    {
        foreach (var post in posts)
        {
            metrics.Store.Latency(time.GetElapsedTime(post.Timestamp));
        }

        metrics.Store.Completed(posts.Count);
        hub.Publish(committed);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} posts could not be written; writing them one by one")]
    private static partial void LogBatchFailed(ILogger logger, int count, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Failed} of {Count} posts could not be stored and were skipped; first error attached")]
    private static partial void LogPostsFailed(ILogger logger, int failed, int count, Exception exception);
}
