using SentimentDashboard.Text;

namespace SentimentDashboard.Monitoring.Mastodon;

/// <summary>
/// What a Mastodon monitor watches, parsed from the URL a person copies from the web interface:
/// <c>https://instance/tags/NAME</c>, <c>https://instance/@USER</c>, <c>https://instance/@USER@DOMAIN</c>,
/// <c>https://instance/public</c> or <c>https://instance/public/local</c>.
/// </summary>
/// <param name="Instance">The instance's root, e.g. <c>https://mastodon.social/</c>.</param>
/// <param name="Name">The hashtag without <c>#</c>, or the account as <c>USER</c> or <c>USER@DOMAIN</c>; null for public timelines.</param>
public sealed record MastodonTarget(Uri Instance, MastodonTimeline Timeline, string? Name)
{
    private const string Syntax = "expected https://INSTANCE/tags/NAME, https://INSTANCE/@USER, https://INSTANCE/@USER@DOMAIN, "
        + "https://INSTANCE/public or https://INSTANCE/public/local";

    /// <exception cref="ArgumentException">The text is not one of the forms above; the message says why.</exception>
    public static MastodonTarget Parse(string target)
    {
        if (string.IsNullOrWhiteSpace(target))
        {
            throw Invalid(target, "it is empty");
        }

        if (!Uri.TryCreate(target.Trim(), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw Invalid(target, "it is not an http(s) URL");
        }

        if (url.UserInfo.Length > 0)
        {
            throw Invalid(target, "it contains a user name or password");
        }

        var instance = new Uri(url.GetLeftPart(UriPartial.Authority) + "/");
        string[] segments = [.. url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString)];
        return segments switch
        {
            ["tags", var tag] => new(instance, MastodonTimeline.Hashtag, ParseTag(target, tag)),
            [var account] when account.StartsWith('@') => new(instance, MastodonTimeline.Account, ParseAccount(target, account[1..])),
            ["public"] => new(instance, MastodonTimeline.Federated, null),
            ["public", "local"] => new(instance, MastodonTimeline.Local, null),
            _ => throw Invalid(target, $"the path '{url.AbsolutePath}' is not a hashtag, account or public timeline"),
        };
    }

    public override string ToString() => Timeline switch
    {
        MastodonTimeline.Hashtag => $"{Instance}tags/{Name}",
        MastodonTimeline.Account => $"{Instance}@{Name}",
        MastodonTimeline.Local => $"{Instance}public/local",
        _ => $"{Instance}public",
    };

    /// <summary>The REST path of the timeline, relative to <see cref="Instance"/>; an account's needs its id.</summary>
    internal string TimelinePath(string? accountId) => Timeline switch
    {
        MastodonTimeline.Hashtag => $"api/v1/timelines/tag/{Uri.EscapeDataString(Name!)}",
        MastodonTimeline.Account => $"api/v1/accounts/{Uri.EscapeDataString(accountId!)}/statuses",
        MastodonTimeline.Local => "api/v1/timelines/public?local=true",
        _ => "api/v1/timelines/public",
    };

    /// <summary>The streaming path, relative to the streaming server; null for accounts, which have no public stream.</summary>
    internal string? StreamPath => Timeline switch
    {
        MastodonTimeline.Hashtag => $"api/v1/streaming/hashtag?tag={Uri.EscapeDataString(Name!)}",
        MastodonTimeline.Local => "api/v1/streaming/public/local",
        MastodonTimeline.Federated => "api/v1/streaming/public",
        _ => null,
    };

    private static string ParseTag(string target, string tag)
    {
        var name = tag.TrimStart('#');
        if (name.Length == 0 || !name.All(Hashtags.IsTagCharacter))
        {
            throw Invalid(target, $"'{tag}' is not a hashtag (letters, digits and _ only)");
        }

        return name;
    }

    private static string ParseAccount(string target, string account)
    {
        var parts = account.Split('@');
        var valid = parts.Length is 1 or 2
            && parts[0].Length > 0
            && parts[0].All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-')
            && (parts.Length == 1 || Uri.CheckHostName(parts[1]) is UriHostNameType.Dns or UriHostNameType.IPv4);
        return valid ? account : throw Invalid(target, $"'@{account}' is not an account (@USER or @USER@DOMAIN)");
    }

    private static ArgumentException Invalid(string target, string reason) =>
        new($"'{target}' is not a Mastodon target: {reason}; {Syntax}.");
}
