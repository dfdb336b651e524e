namespace SentimentDashboard.Audio;

/// <summary>How a short tool run (ffprobe, yt-dlp) ended: its exit code, everything it printed and its last error lines.</summary>
public sealed record ToolResult(int ExitCode, string Output, string ErrorTail)
{
    public bool Succeeded => ExitCode == 0;
}
