using SentimentDashboard.Analysis.Risk;
using SentimentDashboard.Classification;
using SentimentDashboard.Monitoring;

namespace SentimentDashboard.Pipeline;

/// <summary>Reads raw posts, classifies them (<see cref="PostClassifier"/>) and passes them to the store.</summary>
public sealed partial class ClassifyStage(
    ChannelQueue<RawPost> input,
    ChannelQueue<ScoredPost> output,
    ModelCatalog catalog,
    RiskAssessor risk,
    PipelineMetrics metrics,
    TimeProvider time,
    ILogger<ClassifyStage> logger) : BackgroundService
{
    // Metrics are recorded per run of posts read without waiting, not per post.
    private const int MetricsEvery = 256;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var classifier = new PostClassifier(catalog, risk, time);
        if (!classifier.CanScore)
        {
            LogNotScoring(logger);
        }

        var reader = input.Reader;
        var writer = output.Writer;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await reader.WaitToReadAsync(stoppingToken))
                {
                    break;
                }

                var done = 0;
                while (done < MetricsEvery && reader.TryRead(out var post))
                {
                    ScoredPost scored;
                    try
                    {
                        scored = classifier.Classify(post);
                    }
                    catch (Exception e)
                    {
                        metrics.Classify.Failed();
                        LogPoison(logger, post?.MonitorId, post?.SourceId, e);
                        continue;
                    }

                    metrics.Classify.Latency(time.GetElapsedTime(scored.Timestamp));
                    if (!writer.TryWrite(scored))
                    {
                        await writer.WriteAsync(scored, stoppingToken);
                    }

                    done++;
                }

                metrics.Classify.Completed(done);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Some shipped models are missing or unusable: posts are stored unscored")]
    private static partial void LogNotScoring(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not classify post {SourceId} of monitor {MonitorId}; it is skipped")]
    private static partial void LogPoison(ILogger logger, long? monitorId, string? sourceId, Exception exception);
}
