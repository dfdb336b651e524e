using System.Threading.Channels;
using SentimentDashboard.Pipeline;
using SentimentDashboard.Text;

namespace SentimentDashboard.Monitoring.Rss;

/// <summary>
/// One feed's run: read it every <see cref="RssOptions.PollSeconds"/> with a conditional GET, deliver the items not
/// seen before (oldest first), and on a failure show why in the monitor's state and wait longer each time.
/// </summary>
internal sealed class RssRun(
    MonitorDefinition monitor,
    Uri url,
    ChannelWriter<RawPost> output,
    IMonitorStatus status,
    FeedClient client,
    RssOptions options,
    TimeProvider time,
    ILogger logger)
{
    private readonly RecentIds seen = new(10_000);
    private string? etag;
    private string? lastModified;
    private int failures;
    private (MonitorState, string?)? reported;

    public async Task RunAsync(CancellationToken cancellation)
    {
        Report(MonitorState.Starting, null);
        while (!cancellation.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                await ReadAsync(cancellation);
                failures = 0;
                Report(MonitorState.Running, null);
                wait = options.PollInterval;
            }
            catch (Exception e) when (e is not ChannelClosedException && !cancellation.IsCancellationRequested)
            {
                wait = options.RetryAfter(++failures);
                var (state, reason) = e switch
                {
                    FeedException => (MonitorState.Error, e.Message),
                    HttpRequestException => (MonitorState.Offline, $"cannot reach {url.Host}: {e.Message}"),
                    _ => (MonitorState.Error, $"unexpected failure: {e.Message}"),
                };
                if (e is FeedException or HttpRequestException)
                {
                    logger.ReadFailed(monitor.Id, url, reason, wait.TotalSeconds);
                }
                else
                {
                    logger.UnexpectedFailure(e, monitor.Id, url, wait.TotalSeconds);
                }

                Report(state, reason);
            }

            await Task.Delay(wait, time, cancellation);
        }
    }

    private async Task ReadAsync(CancellationToken cancellation)
    {
        var response = await client.GetAsync(url, etag, lastModified, cancellation);
        if (response.Content is not { } content)
        {
            return;
        }

        var items = FeedParser.Parse(content, options.MaxFeedBytes);
        (etag, lastModified) = (response.ETag, response.LastModified);
        var now = time.GetUtcNow();
        // Feeds list the newest first; items without a date keep that order reversed (the sort is stable).
        foreach (var item in items.Reverse().OrderBy(i => i.Published ?? now))
        {
            if (seen.Add(item.Id))
            {
                await output.WriteAsync(ToPost(item, now), cancellation);
            }
        }
    }

    private RawPost ToPost(FeedItem item, DateTimeOffset now) => new()
    {
        MonitorId = monitor.Id,
        SourceId = item.Id,
        Text = PostText.Truncate(item.Text),
        CreatedAt = item.Published is { } published && published <= now ? published : now,
        Author = item.Author,
        Url = item.Link,
        Tags = [.. item.Categories.Where(c => c.Length > 0 && c.All(Hashtags.IsTagCharacter)).Select(c => c.ToLowerInvariant()).Distinct()],
    };

    private void Report(MonitorState state, string? message)
    {
        if (reported != (state, message))
        {
            reported = (state, message);
            status.Report(monitor.Id, state, message);
        }
    }
}
