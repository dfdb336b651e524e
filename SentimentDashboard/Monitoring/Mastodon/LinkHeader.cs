using System.Text.RegularExpressions;

namespace SentimentDashboard.Monitoring.Mastodon;

/// <summary>Reads RFC 8288 <c>Link</c> headers, as Mastodon uses them for paging.</summary>
internal static partial class LinkHeader
{
    /// <summary>
    /// The target of the link with relation <paramref name="rel"/>, if it stays on the origin of
    /// <paramref name="request"/>: a link elsewhere would take the access token with it.
    /// </summary>
    public static Uri? Find(HttpResponseMessage response, string rel, Uri request)
    {
        if (!response.Headers.TryGetValues("Link", out var values))
        {
            return null;
        }

        foreach (Match link in LinkPattern().Matches(string.Join(',', values)))
        {
            if (link.Groups["rel"].Value.Split(' ').Contains(rel, StringComparer.OrdinalIgnoreCase)
                && Uri.TryCreate(request, link.Groups["url"].Value, out var target)
                && Uri.Compare(target, request, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return target;
            }
        }

        return null;
    }

    [GeneratedRegex("""<(?<url>[^>]*)>[^,<]*?;\s*rel="?(?<rel>[^";,]+)"?""")]
    private static partial Regex LinkPattern();
}
