namespace SentimentDashboard.Audio;

/// <summary>
/// Tells how long ffmpeg has written no new audio: the bytes of the segment files in the capture folder (plus those
/// already consumed and deleted) must keep growing.
/// </summary>
public sealed class CaptureProgress(string directory, TimeProvider time)
{
    private long consumed;
    private long lastTotal = -1;
    private long lastChange = time.GetTimestamp();

    public void Consumed(long bytes) => consumed += bytes;

    public TimeSpan StalledFor()
    {
        var total = consumed + new DirectoryInfo(directory).EnumerateFiles("*.wav").Sum(f => f.Length);
        if (total != lastTotal)
        {
            lastTotal = total;
            lastChange = time.GetTimestamp();
        }

        return time.GetElapsedTime(lastChange);
    }
}
