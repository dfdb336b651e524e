using System.Threading.Channels;
using SentimentDashboard.Analysis.Risk.SecondOpinion;
using SentimentDashboard.Pipeline;

namespace SentimentDashboard.Review;

/// <summary>
/// Asks the LLM (<see cref="SecondOpinionClient"/>, when configured) about queued items at or above its minimum risk,
/// one at a time so its rate limit is never overrun, and stores each answer or error with the item. Items waiting
/// beyond the queue's capacity are not asked (counted and logged); the review queue itself never waits for the LLM.
/// </summary>
public sealed partial class ReviewSecondOpinions : BackgroundService
{
    private const int Capacity = 10_000;

    private readonly Channel<long> _items = Channel.CreateBounded<long>(new BoundedChannelOptions(Capacity) { SingleReader = true });
    private readonly SecondOpinionClient _client;
    private readonly ReviewQueue _queue;
    private readonly ReviewNotices _notices;
    private readonly ILogger<ReviewSecondOpinions> _logger;
    private readonly DropCounter _skipped = new();

    public ReviewSecondOpinions(SecondOpinionClient client, ReviewQueue queue, ReviewNotices notices, ILogger<ReviewSecondOpinions> logger) =>
        (_client, _queue, _notices, _logger) = (client, queue, notices, logger);

    public bool IsEnabled => _client.IsEnabled;

    /// <summary>Whether an item of this risk gets a second opinion.</summary>
    public bool Asks(float risk) => _client.IsEnabled && risk >= (float)_client.MinimumRisk;

    public void Enqueue(IEnumerable<long> itemIds)
    {
        foreach (var id in itemIds)
        {
            if (!_items.Writer.TryWrite(id) && _skipped.Drop() is { } skipped)
            {
                LogSkipped(_logger, skipped);
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var id in _items.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    if (await _queue.FindAsync(id, stoppingToken) is { Status: ReviewStatus.Pending } item)
                    {
                        await _queue.SaveOpinionAsync(id, await _client.AskAsync(item.Text, stoppingToken), stoppingToken);
                        _notices.Publish(new ReviewChange(0, id));
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    LogFailed(_logger, id, e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The second opinion on review item {Id} could not be stored")]
    private static partial void LogFailed(ILogger logger, long id, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Second opinions are behind: {Skipped} queued items will not be asked about")]
    private static partial void LogSkipped(ILogger logger, long skipped);
}
