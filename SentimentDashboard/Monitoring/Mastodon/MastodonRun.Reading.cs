using System.Text.Json;

namespace SentimentDashboard.Monitoring.Mastodon;

internal sealed partial class MastodonRun
{
    /// <summary>The API's largest page.</summary>
    private const int PageSize = 40;

    private static readonly Comparer<string> IdOrder = Comparer<string>.Create(StatusId.Compare);

    private readonly RecentIds seen = new(10_000);
    private string? cursor = monitor.Cursor;
    private int streamFailures;

    /// <summary>
    /// Reads every status newer than the cursor. <c>min_id</c> returns the statuses immediately after it (where
    /// <c>since_id</c> would return the newest ones and skip the middle of a burst), so a burst is read oldest page
    /// first, following the <c>Link rel="prev"</c> of each full page. Without a cursor, only the newest page is read.
    /// </summary>
    private async Task CatchUpAsync(CancellationToken cancellation)
    {
        var url = PageUrl();
        while (true)
        {
            var before = cursor;
            var page = await client.GetTimelineAsync(url, token, cancellation);
            var withoutId = page.Statuses.Count(s => string.IsNullOrEmpty(s.Id));
            if (withoutId > 0)
            {
                logger.StatusesWithoutId(monitor.Id, withoutId, target);
            }

            foreach (var entry in page.Statuses.Where(s => !string.IsNullOrEmpty(s.Id)).OrderBy(s => s.Id!, IdOrder))
            {
                cursor = StatusId.Max(cursor, entry.Id!);
                await DeliverNewAsync(entry, cancellation);
            }

            if (page.Statuses.Count < PageSize || cursor == before)
            {
                return;
            }

            url = page.Newer ?? PageUrl();
        }
    }

    private Uri PageUrl() => new(
        target.Instance,
        $"{timelinePath}{(timelinePath!.Contains('?') ? '&' : '?')}limit={PageSize}{(cursor is null ? "" : "&min_id=" + Uri.EscapeDataString(cursor))}");

    /// <summary>Reads the stream until it falls silent or ends; returns the wait before catching up and reconnecting.</summary>
    private async Task<TimeSpan> StreamAsync(Uri url, CancellationToken cancellation)
    {
        using var silence = new CancellationTokenSource(options.StreamingSilenceTimeout, time);
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(cancellation, silence.Token);
        try
        {
            using var response = await client.OpenStreamAsync(url, token!, reading.Token);
            logger.StreamConnected(monitor.Id, url);
            using var lines = new StreamReader(await response.Content.ReadAsStreamAsync(reading.Token));
            var parser = new ServerSentEventParser();
            while (await lines.ReadLineAsync(reading.Token) is { } line)
            {
                // Any line, heartbeat comments included, proves the connection alive.
                silence.CancelAfter(options.StreamingSilenceTimeout);
                if (parser.Feed(line) is { } serverEvent)
                {
                    streamFailures = 0;
                    await OnEventAsync(serverEvent, cancellation);
                }
            }
        }
        catch (OperationCanceledException) when (silence.IsCancellationRequested && !cancellation.IsCancellationRequested)
        {
            logger.StreamSilent(monitor.Id, options.StreamingSilenceTimeout);
            return TimeSpan.Zero;
        }

        var wait = Backoff.After(++streamFailures);
        logger.StreamEnded(monitor.Id, wait.TotalSeconds);
        return wait;
    }

    private async Task OnEventAsync(ServerSentEvent serverEvent, CancellationToken cancellation)
    {
        try
        {
            switch (serverEvent.Type)
            {
                case "update" when ParseStatus(serverEvent.Data) is { Id.Length: > 0 } entry:
                    cursor = StatusId.Max(cursor, entry.Id);
                    await DeliverNewAsync(entry, cancellation);
                    break;
                case "status.update" when StatusMapper.ToPost(monitor.Id, ParseStatus(serverEvent.Data), PostEventKind.Updated, cursor, time.GetUtcNow()) is { } edited:
                    await DeliverAsync(edited, cancellation);
                    break;
                case "delete" when serverEvent.Data.Trim().Trim('"') is { Length: > 0 } id:
                    await DeliverAsync(StatusMapper.Deleted(monitor.Id, id, cursor, time.GetUtcNow()), cancellation);
                    break;
            }
        }
        catch (JsonException e)
        {
            metrics.Failed("malformed_event");
            logger.MalformedEvent(monitor.Id, serverEvent.Type, e.Message);
        }
    }

    private static MastodonStatus ParseStatus(string json) =>
        JsonSerializer.Deserialize(json, MastodonJsonContext.Default.MastodonStatus) ?? throw new JsonException("The event's status is null.");

    /// <summary>Delivers a status not seen before in this run (a boost of a status already delivered is not).</summary>
    private async Task DeliverNewAsync(MastodonStatus entry, CancellationToken cancellation)
    {
        if (StatusMapper.ToPost(monitor.Id, entry, PostEventKind.Created, cursor, time.GetUtcNow()) is { } post && seen.Add(post.SourceId))
        {
            await DeliverAsync(post, cancellation);
        }
    }

    private async Task DeliverAsync(RawPost post, CancellationToken cancellation)
    {
        await output.WriteAsync(post, cancellation);
        metrics.Delivered(post.Event);
    }
}
