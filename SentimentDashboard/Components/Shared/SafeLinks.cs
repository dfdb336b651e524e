namespace SentimentDashboard.Components.Shared;

/// <summary>Links taken from untrusted sources.</summary>
public static class SafeLinks
{
    /// <summary>The URL when it is an absolute http(s) address, else null: a source could send a javascript: URL.</summary>
    public static string? Http(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri.AbsoluteUri : null;
}
