namespace SentimentDashboard.Audio;

/// <summary>An external program live monitoring depends on: where it is and what to tell the user when it is missing.</summary>
public sealed record MediaTool(string Path, string MissingMessage)
{
    public static MediaTool Ffmpeg(string path) => new(path, Missing("ffmpeg", path, "apt-get install ffmpeg", "Audio:FfmpegPath"));

    public static MediaTool Ffprobe(string path) => new(path, Missing("ffprobe", path, "apt-get install ffmpeg", "Audio:FfprobePath"));

    /// <summary>yt-dlp, which only platform pages need; <paramref name="pages"/> says which (e.g. "tiktok.com pages").</summary>
    public static MediaTool YtDlp(string path, string? pages = null) =>
        new(path, Missing("yt-dlp", path, "pip install yt-dlp", "Audio:YtDlpPath") + (pages is null ? "" : $" (needed to watch {pages})"));

    /// <summary>Whether the executable is there, looked up as <see cref="ToolProcess.Start"/> would find it; no process is started.</summary>
    public bool Exists() => Executables.Exist(Path);

    private static string Missing(string name, string path, string install, string setting) =>
        $"{name} not found{(path == name ? "" : $" at '{path}'")}: {install}, or set {setting}";
}
