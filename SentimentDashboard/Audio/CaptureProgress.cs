using System.Globalization;

namespace SentimentDashboard.Audio;

/// <summary>
/// Tells how long ffmpeg has produced no new audio, from its <c>-progress</c> report (<c>out_time_us</c> every half
/// second). Segment files cannot tell: the segment muxer writes a WAV segment in one go when it is complete.
/// </summary>
public sealed class CaptureProgress(TimeProvider time)
{
    private const string OutTime = "out_time_us=";

    private long _outTime = long.MinValue;
    private long _lastChange = time.GetTimestamp();

    /// <summary>Reads ffmpeg's progress lines until its output closes.</summary>
    public async Task FollowAsync(TextReader report)
    {
        while (await report.ReadLineAsync() is { } line)
        {
            if (line.StartsWith(OutTime, StringComparison.Ordinal)
                && long.TryParse(line.AsSpan(OutTime.Length), NumberStyles.Integer, CultureInfo.InvariantCulture, out var microseconds))
            {
                Report(microseconds);
            }
        }
    }

    /// <summary>Output time in microseconds; any change (a reconnect may also move it back) counts as progress.</summary>
    public void Report(long outTimeMicroseconds)
    {
        if (Interlocked.Exchange(ref _outTime, outTimeMicroseconds) != outTimeMicroseconds)
        {
            Interlocked.Exchange(ref _lastChange, time.GetTimestamp());
        }
    }

    public TimeSpan StalledFor() => time.GetElapsedTime(Interlocked.Read(ref _lastChange));
}
