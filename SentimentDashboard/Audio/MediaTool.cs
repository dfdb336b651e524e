namespace SentimentDashboard.Audio;

/// <summary>An external program capture depends on: where it is and what to tell the user when it is missing.</summary>
public sealed record MediaTool(string Path, string MissingMessage)
{
    public static MediaTool Ffmpeg(string path) => new(path, Missing("ffmpeg", path, "apt-get install ffmpeg"));

    public static MediaTool Ffprobe(string path) => new(path, Missing("ffprobe", path, "apt-get install ffmpeg"));

    private static string Missing(string name, string path, string install) =>
        path == name ? $"{name} is not installed: {install}" : $"{name} is not installed: {install} (no executable at '{path}')";
}
