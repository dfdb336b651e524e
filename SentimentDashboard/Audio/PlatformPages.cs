namespace SentimentDashboard.Audio;

/// <summary>The live platforms whose pages need yt-dlp to find the media URL behind them.</summary>
public static class PlatformPages
{
    private static readonly string[] Domains = ["tiktok.com", "youtube.com", "youtu.be", "twitch.tv"];

    /// <summary>The platform domain <paramref name="uri"/> belongs to (www.tiktok.com → tiktok.com), or null.</summary>
    public static string? Domain(Uri uri) =>
        Domains.FirstOrDefault(d => uri.Host.Equals(d, StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith("." + d, StringComparison.OrdinalIgnoreCase));
}
