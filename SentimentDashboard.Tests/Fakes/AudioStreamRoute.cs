using System.Diagnostics;

namespace SentimentDashboard.Tests.Fakes;

/// <summary>
/// The state of one path of <see cref="AudioStreamServer"/>: what it serves and the failures scripted on it. Every
/// change cancels <see cref="Changed"/> so that waiting connections look at the new state.
/// </summary>
internal sealed class AudioStreamRoute(byte[] content, string contentType, double bytesPerSecond, bool loop, string? icyName)
{
    private readonly Lock gate = new();
    private CancellationTokenSource changed = new();
    private long? timelineStart;

    public byte[] Content => content;

    public string ContentType => contentType;

    /// <summary>0: every connection gets the whole content as fast as it reads; otherwise a live stream at this pace.</summary>
    public double BytesPerSecond => bytesPerSecond;

    /// <summary>The content repeats without end (mp3: a repeated WAV or ogg header would break the stream).</summary>
    public bool Loop => loop;

    public string? IcyName => icyName;

    public bool Online { get; private set; } = true;

    /// <summary>Stream position from which every connection holds, sending nothing (null: no stall).</summary>
    public long? StallAt { get; private set; }

    /// <summary>Stream position at which the next connection to reach it is cut (once).</summary>
    public long? DropAt { get; private set; }

    public int Connections { get; private set; }

    public CancellationToken Changed
    {
        get
        {
            lock (gate)
            {
                return changed.Token;
            }
        }
    }

    /// <summary>Counts a connection and tells where it joins: 0, or the live position of a paced stream; null once a paced broadcast is over.</summary>
    public (long Position, long TimelineStart)? Connect()
    {
        lock (gate)
        {
            timelineStart ??= Stopwatch.GetTimestamp();
            var position = bytesPerSecond > 0 ? (long)(Stopwatch.GetElapsedTime(timelineStart.Value).TotalSeconds * bytesPerSecond) : 0;
            if (!loop && position >= content.Length)
            {
                return null;
            }

            Connections++;
            return (position, timelineStart.Value);
        }
    }

    /// <summary>True for the one connection that reaches <see cref="DropAt"/> first.</summary>
    public bool TakeDrop(long position)
    {
        lock (gate)
        {
            if (DropAt is not { } at || position < at)
            {
                return false;
            }

            DropAt = null;
            return true;
        }
    }

    public void SetOnline(bool online) => Change(() =>
    {
        Online = online;
        timelineStart = null;
    });

    public void StallAfter(long? position) => Change(() => StallAt = position);

    public void DropAfter(long position) => Change(() => DropAt = position);

    private void Change(Action update)
    {
        CancellationTokenSource old;
        lock (gate)
        {
            update();
            old = changed;
            changed = new CancellationTokenSource();
        }

        // Not disposed: connections may still be linking to its token; cancelling is what they wait for.
        old.Cancel();
    }
}
