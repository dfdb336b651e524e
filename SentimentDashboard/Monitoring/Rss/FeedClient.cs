using System.Net;
using Microsoft.Extensions.Options;

namespace SentimentDashboard.Monitoring.Rss;

/// <summary>
/// Fetches a feed with a conditional GET (<c>If-None-Match</c>, <c>If-Modified-Since</c>): an unchanged feed costs a
/// 304 and no body. The body is read up to <see cref="RssOptions.MaxFeedMegabytes"/> and refused beyond it.
/// </summary>
internal sealed class FeedClient(HttpClient http, IOptions<RssOptions> options)
{
    public async Task<FeedResponse> GetAsync(Uri url, string? etag, string? lastModified, CancellationToken cancellation)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5");
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (lastModified is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.TimeoutSeconds));
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new FeedResponse(null, etag, lastModified);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new FeedException($"{url.Host} answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            var content = await ReadBoundedAsync(response.Content, timeout.Token);
            return new FeedResponse(
                content,
                response.Headers.ETag?.ToString(),
                response.Content.Headers.TryGetValues("Last-Modified", out var modified) ? modified.FirstOrDefault() : null);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            throw new FeedException($"{url.Host} did not answer within {options.Value.TimeoutSeconds} s");
        }
    }

    private async Task<byte[]> ReadBoundedAsync(HttpContent content, CancellationToken cancellation)
    {
        var limit = options.Value.MaxFeedBytes;
        if (content.Headers.ContentLength > limit)
        {
            throw TooLarge();
        }

        await using var stream = await content.ReadAsStreamAsync(cancellation);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellation)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw TooLarge();
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private FeedException TooLarge() =>
        new($"the feed is larger than {options.Value.MaxFeedMegabytes} MB (Rss:MaxFeedMegabytes)");
}
