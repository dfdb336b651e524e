namespace SentimentDashboard.Tests.Fakes;

/// <summary>An HLS rendition made by ffmpeg: the playlist <see cref="PlaylistName"/> and its segment files, by file name.</summary>
public sealed record HlsClip(IReadOnlyDictionary<string, byte[]> Files, TimeSpan Duration)
{
    public const string PlaylistName = "index.m3u8";
}
