namespace SentimentDashboard.Monitoring.Replay;

/// <summary>Opens a replay file with the reader its extension asks for: CSV for .csv, JSON Lines for anything else.</summary>
internal static class ReplayReaders
{
    public static IReplayReader Open(string path, long monitorId, ReplayOptions options, TimeProvider time)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
        try
        {
            return Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase)
                ? new CsvPostReader(stream, path, monitorId, options.MaxLineBytes, time)
                : new JsonLinesReader(stream, monitorId, options.MaxLineBytes, time);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }
}
