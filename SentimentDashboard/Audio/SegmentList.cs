using System.Text;

namespace SentimentDashboard.Audio;

/// <summary>
/// Follows the CSV segment list ffmpeg's segment muxer appends a line to (<c>file,start,end</c>) each time a segment
/// file is complete. Only whole lines count: ffmpeg may be halfway through writing the last one.
/// </summary>
public sealed class SegmentList(string path)
{
    private long consumed;

    /// <summary>The full paths of the segment files finished since the last call, in order.</summary>
    public IReadOnlyList<string> ReadNew()
    {
        if (!File.Exists(path))
        {
            return [];
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        stream.Seek(consumed, SeekOrigin.Begin);
        var bytes = new byte[stream.Length - consumed];
        stream.ReadExactly(bytes);
        var complete = Array.LastIndexOf(bytes, (byte)'\n') + 1;
        consumed += complete;
        var directory = Path.GetDirectoryName(path)!;
        return [.. Encoding.UTF8.GetString(bytes, 0, complete)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => Path.Combine(directory, FileName(line)))];
    }

    /// <summary>The first CSV field; ffmpeg quotes it only when the name holds a comma or quote, which ours never do.</summary>
    private static string FileName(string line) => line.Split(',')[0];
}
