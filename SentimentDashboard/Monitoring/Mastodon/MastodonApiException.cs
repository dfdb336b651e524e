using System.Net;

namespace SentimentDashboard.Monitoring.Mastodon;

/// <summary>An instance answered with an error status.</summary>
internal sealed class MastodonApiException(HttpStatusCode statusCode, string message) : Exception(message)
{
    public HttpStatusCode StatusCode { get; } = statusCode;
}
