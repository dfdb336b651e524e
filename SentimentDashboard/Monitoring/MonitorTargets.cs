using SentimentDashboard.Monitoring.Bluesky;

namespace SentimentDashboard.Monitoring;

/// <summary>Parsing, checking and canonical forms of monitor targets (<c>KIND:TARGET</c> on the command line).</summary>
public static class MonitorTargets
{
    public static string KindName(MonitorKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>The kind's name after its article, as messages say it: "a mastodon", "an rss".</summary>
    public static string AKind(MonitorKind kind) => (kind == MonitorKind.Rss ? "an " : "a ") + KindName(kind);

    public static string KindNames => string.Join(", ", Enum.GetValues<MonitorKind>().Select(KindName));

    /// <summary>Splits <c>KIND:TARGET</c> at its first colon; <paramref name="error"/> says what is wrong otherwise.</summary>
    public static bool TryParse(string spec, out MonitorKind kind, out string target, out string? error)
    {
        kind = default;
        target = "";
        var colon = spec.IndexOf(':');
        if (colon <= 0 || colon == spec.Length - 1)
        {
            error = $"'{spec}' is not KIND:TARGET (e.g. replay:posts.jsonl, mastodon:https://mastodon.social/tags/news, bluesky:#news, rss:https://example.org/feed.xml)";
            return false;
        }

        var name = spec[..colon].Trim();
        if (!Enum.TryParse(name, ignoreCase: true, out kind) || !Enum.IsDefined(kind) || name.Any(char.IsDigit))
        {
            error = $"'{spec}': unknown monitor kind '{name}' (expected one of: {KindNames})";
            return false;
        }

        target = spec[(colon + 1)..].Trim();
        error = Problem(kind, target);
        return error is null;
    }

    /// <summary>Null when <paramref name="target"/> can be watched by a monitor of <paramref name="kind"/>, else why not.</summary>
    public static string? Problem(MonitorKind kind, string target)
    {
        if (string.IsNullOrWhiteSpace(target))
        {
            return $"{AKind(kind)} monitor needs a target";
        }

        if (kind == MonitorKind.Replay)
        {
            return File.Exists(target) ? null : $"replay file '{Path.GetFullPath(target)}' does not exist";
        }

        if (kind == MonitorKind.Bluesky)
        {
            return BlueskyQuery.Problem(target);
        }

        if (!Uri.TryCreate(target.Trim(), UriKind.Absolute, out var uri))
        {
            return $"'{target}' is not an absolute URL ({AKind(kind)} monitor watches a web address)";
        }

        return uri.Scheme is "http" or "https" || (kind == MonitorKind.Live && uri.Scheme is "rtmp" or "rtmps" or "rtsp" or "srt")
            ? null
            : $"'{target}': {AKind(kind)} monitor cannot watch {uri.Scheme}: addresses (use {(kind == MonitorKind.Live ? "http(s), rtmp(s), rtsp or srt" : "http or https")})";
    }

    /// <summary>
    /// The target as stored: a replay file's full path (so it works from any folder later), a Bluesky query in its
    /// canonical order, else the trimmed URL.
    /// </summary>
    public static string Canonical(MonitorKind kind, string target) => kind switch
    {
        MonitorKind.Replay => Path.GetFullPath(target.Trim()),
        MonitorKind.Bluesky when BlueskyQuery.TryParse(target, out var query, out _) => query.ToString(),
        _ => target.Trim(),
    };

    /// <summary>
    /// The key that makes two monitors the same: the file's full path, a Bluesky query's parts each sorted (words in
    /// lower case), or the URL without fragment and trailing slash, its scheme and host lower-case (the whole URL for
    /// Mastodon, whose tags and accounts ignore case).
    /// </summary>
    public static string Normalize(MonitorKind kind, string target)
    {
        if (kind == MonitorKind.Bluesky && BlueskyQuery.TryParse(target, out var query, out _))
        {
            return query.Normalized();
        }

        var canonical = Canonical(kind, target);
        if (kind == MonitorKind.Replay || !Uri.TryCreate(canonical, UriKind.Absolute, out var uri))
        {
            return canonical;
        }

        var url = uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.PathAndQuery, UriFormat.UriEscaped).TrimEnd('/');
        return kind == MonitorKind.Mastodon ? url.ToLowerInvariant() : url;
    }
}
