using System.ComponentModel.DataAnnotations;

namespace SentimentDashboard.Monitoring.Mastodon;

/// <summary>Configuration section "Mastodon".</summary>
public sealed class MastodonOptions
{
    public const string Section = "Mastodon";

    /// <summary>Time between two REST polls of a timeline that is not streamed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Mastodon:PollInterval must be between 1 second and 1 day.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A user access token (scope <c>read:statuses</c>). With it, hashtag and public timelines are streamed (since
    /// Mastodon 4.2 streaming needs one) and instances that restrict anonymous timelines can be read.
    /// </summary>
    public string? AccessToken { get; set; }

    /// <summary>
    /// Host name of the instance that issued <see cref="AccessToken"/>, e.g. <c>mastodon.social</c>: the token is only
    /// ever sent to that instance and its streaming server, never to the other instances being monitored.
    /// </summary>
    public string? AccessTokenInstance { get; set; }

    /// <summary>A stream that sends nothing, not even its heartbeat (every ~15 s), for this long is reconnected.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Mastodon:StreamingSilenceTimeout must be between 1 second and 1 hour.")]
    public TimeSpan StreamingSilenceTimeout { get; set; } = TimeSpan.FromSeconds(30);

    internal bool HasValidTokenInstance =>
        string.IsNullOrWhiteSpace(AccessToken) || Uri.CheckHostName(AccessTokenInstance) != UriHostNameType.Unknown;

    /// <summary>The token to send to <paramref name="instance"/>, or null.</summary>
    internal string? AccessTokenFor(Uri instance) =>
        !string.IsNullOrWhiteSpace(AccessToken) && string.Equals(instance.Host, AccessTokenInstance, StringComparison.OrdinalIgnoreCase)
            ? AccessToken.Trim()
            : null;
}
