using System.ComponentModel.DataAnnotations;

namespace SentimentDashboard.Monitoring.Bluesky;

/// <summary>Configuration section "Bluesky": where the Jetstream firehose is read, and how a connection resumes.</summary>
public sealed class BlueskyOptions : IValidatableObject
{
    public const string Section = "Bluesky";

    /// <summary>The Jetstream subscribe endpoint tried first (a public instance: no account needed).</summary>
    public string JetstreamUrl { get; set; } = "wss://jetstream2.us-east.bsky.network/subscribe";

    /// <summary>Other instances, separated by spaces or commas, tried in turn when one cannot be reached; empty for none.</summary>
    public string FallbackUrls { get; set; } =
        "wss://jetstream1.us-east.bsky.network/subscribe wss://jetstream1.us-west.bsky.network/subscribe wss://jetstream2.us-west.bsky.network/subscribe";

    /// <summary>A reconnection resumes this many seconds before the last event read, so nothing at the cut is missed (duplicates are dropped).</summary>
    [Range(0, 3600)]
    public int ResumeOverlapSeconds { get; set; } = 5;

    /// <summary>A monitor that matched nothing for this many seconds of the stream still commits its position (a checkpoint).</summary>
    [Range(1, 86_400)]
    public int CheckpointSeconds { get; set; } = 30;

    /// <summary>Frames larger than this are skipped as malformed (and asked of the server as its <c>maxMessageSizeBytes</c>).</summary>
    [Range(1, 16_384)]
    public int MaxFrameKilobytes { get; set; } = 1024;

    /// <summary>
    /// Likes, reposts and replies of stored posts raise their counts. Off by default: likes and reposts outnumber posts
    /// on the firehose, so the connection reads several times more events, and it reads every author's (no <c>wantedDids</c>).
    /// </summary>
    public bool Engagement { get; set; }

    internal int MaxFrameBytes => MaxFrameKilobytes * 1024;

    /// <summary>The endpoints in the order they are tried.</summary>
    internal IReadOnlyList<Uri> Endpoints() =>
        [.. new[] { JetstreamUrl }.Concat(FallbackUrls.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries))
            .Select(u => new Uri(u.Trim()))
            .Distinct()];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var urls = new[] { (nameof(JetstreamUrl), JetstreamUrl) }
            .Concat(FallbackUrls.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries).Select(u => (nameof(FallbackUrls), u)));
        foreach (var (name, url) in urls)
        {
            if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("ws" or "wss"))
            {
                yield return new ValidationResult($"'{url}': not a ws:// or wss:// address", [name]);
            }
        }
    }
}
