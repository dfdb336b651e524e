namespace SentimentDashboard.Audio;

/// <summary>
/// A finished piece of captured audio: 16 kHz mono samples in [-1, 1] (<see cref="Pcm.SampleRate"/>), numbered from 0
/// within one capture, starting <see cref="Offset"/> after the capture began at wall-clock <see cref="StartedAt"/>.
/// </summary>
public sealed record AudioSegment(long MonitorId, int Sequence, DateTimeOffset StartedAt, TimeSpan Offset, float[] Samples)
{
    public TimeSpan Duration => TimeSpan.FromSeconds((double)Samples.Length / Pcm.SampleRate);
}
