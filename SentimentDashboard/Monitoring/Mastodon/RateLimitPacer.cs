using System.Collections.Concurrent;
using System.Globalization;
using System.Net;

namespace SentimentDashboard.Monitoring.Mastodon;

/// <summary>
/// Keeps every monitor of an instance within that instance's rate limit. Mastodon allows 300 requests per 5 minutes
/// per IP address (anonymous) or per account, across all endpoints, and reports what is left in
/// <c>X-RateLimit-Remaining</c> and when it refills in <c>X-RateLimit-Reset</c>. Once less than a tenth is left the
/// pacer spreads the remaining requests until the reset instead of spending them and meeting a 429; after a 429 it
/// holds every request to that instance until <c>Retry-After</c>.
/// </summary>
internal sealed class RateLimitPacer(TimeProvider time, ILogger<RateLimitPacer> logger)
{
    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan WaitWithoutHint = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, DateTimeOffset> notBefore = new(StringComparer.OrdinalIgnoreCase);

    public Task WaitTurnAsync(Uri url, CancellationToken cancellation)
    {
        var wait = notBefore.TryGetValue(url.Authority, out var until) ? until - time.GetUtcNow() : TimeSpan.Zero;
        return wait > TimeSpan.Zero ? Task.Delay(wait, time, cancellation) : Task.CompletedTask;
    }

    public void Observe(Uri url, HttpResponseMessage response)
    {
        var hinted = response.StatusCode == HttpStatusCode.TooManyRequests
            ? RetryAfter(response) ?? UntilReset(response) ?? WaitWithoutHint
            : Pace(response);
        if (hinted is not { } wait)
        {
            // Says nothing about the budget (a stream, a proxy's error page): a hold in force stays.
            return;
        }

        if (wait <= TimeSpan.Zero)
        {
            notBefore.TryRemove(url.Authority, out _);
            return;
        }

        wait = wait < LongestWait ? wait : LongestWait;
        logger.RateLimitWait(url.Authority, (int)response.StatusCode, Header(response, "X-RateLimit-Remaining"), wait.TotalSeconds);
        notBefore[url.Authority] = time.GetUtcNow() + wait;
    }

    /// <summary>The wait before the next request, zero while the budget is ample; null without rate-limit headers.</summary>
    private TimeSpan? Pace(HttpResponseMessage response)
    {
        if (!int.TryParse(Header(response, "X-RateLimit-Remaining"), CultureInfo.InvariantCulture, out var remaining)
            || !int.TryParse(Header(response, "X-RateLimit-Limit"), CultureInfo.InvariantCulture, out var limit)
            || UntilReset(response) is not { } untilReset)
        {
            return null;
        }

        if (remaining > Math.Max(5, limit / 10))
        {
            return TimeSpan.Zero;
        }

        return remaining <= 1 ? untilReset : untilReset / remaining;
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - ServerNow(response),
        _ => null,
    };

    /// <summary>The reset time is on the server's clock: measured against the response's own Date, clock skew between us and the instance does not matter.</summary>
    private TimeSpan? UntilReset(HttpResponseMessage response) =>
        DateTimeOffset.TryParse(Header(response, "X-RateLimit-Reset"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var reset)
            ? reset - ServerNow(response)
            : null;

    private DateTimeOffset ServerNow(HttpResponseMessage response) => response.Headers.Date ?? time.GetUtcNow();

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
