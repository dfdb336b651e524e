using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace SentimentDashboard.Audio;

/// <summary>
/// The external programs of section "Audio" and whether they are installed. A tool found is remembered, so it is looked
/// up once; a missing one is looked up again at each ask, so installing it while the app runs is enough.
/// </summary>
public sealed class MediaTools(IOptions<CaptureOptions> options)
{
    private readonly ConcurrentDictionary<string, bool> _found = new(StringComparer.Ordinal);

    public MediaTool Ffmpeg => MediaTool.Ffmpeg(options.Value.FfmpegPath);

    public MediaTool Ffprobe => MediaTool.Ffprobe(options.Value.FfprobePath);

    public MediaTool YtDlp => MediaTool.YtDlp(options.Value.YtDlpPath);

    /// <summary>Null when <paramref name="tool"/> is installed, else its message saying what to install or set.</summary>
    public string? FindMissing(MediaTool tool)
    {
        if (_found.ContainsKey(tool.Path))
        {
            return null;
        }

        if (!tool.Exists())
        {
            return tool.MissingMessage;
        }

        _found[tool.Path] = true;
        return null;
    }
}
