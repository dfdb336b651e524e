using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace SentimentDashboard.Accounts;

/// <summary>
/// The built-in rate limiter, per client address and minute: sign-in attempts (password, passkey, setup link) up to
/// <see cref="SecurityOptions.SignInAttemptsPerMinute"/>, API calls up to <see cref="SecurityOptions.ApiRequestsPerMinute"/>.
/// Keys are not partitions of their own: an attacker could mint unlimited partitions with made-up keys.
/// </summary>
internal static class SignInRateLimits
{
    private static readonly string[] SignInPaths = ["/account/login", "/account/setup", "/account/passkey-request-options"];

    public static void Configure(RateLimiterOptions limiter, SecurityOptions security)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = async (context, cancellationToken) =>
        {
            if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            {
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            }

            context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
            await context.HttpContext.Response.WriteAsync("Too many requests from this address: wait a minute and try again.", cancellationToken);
        };
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => Partition(http, security));
    }

    private static RateLimitPartition<string> Partition(HttpContext http, SecurityOptions security)
    {
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var path = http.Request.Path;
        if (HttpMethods.IsPost(http.Request.Method) && SignInPaths.Any(p => path.Equals(p, StringComparison.OrdinalIgnoreCase)))
        {
            return PerMinute("sign-in " + address, security.SignInAttemptsPerMinute);
        }

        return path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            ? PerMinute("api " + address, security.ApiRequestsPerMinute)
            : RateLimitPartition.GetNoLimiter("none");
    }

    private static RateLimitPartition<string> PerMinute(string key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
}
