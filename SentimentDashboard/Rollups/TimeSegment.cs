namespace SentimentDashboard.Rollups;

/// <summary>
/// A piece of a time range (Unix milliseconds, half-open; null ends are open) and where its counts are read: rollups
/// of <see cref="Width"/>, or the rows themselves (<see cref="Width"/> 0) for the parts no whole bucket covers.
/// </summary>
public sealed record TimeSegment(long Width, long? From, long? To)
{
    public bool IsRows => Width == 0;

    /// <summary>
    /// Splits a range into the coarsest rollup buckets that fit whole (only widths dividing <paramref name="bucket"/>,
    /// the chart's bucket width, so no chart bucket is split between widths), finer ones towards its ends, and rows
    /// for the partial minutes at the very ends.
    /// </summary>
    public static IReadOnlyList<TimeSegment> Split(long? from, long? to, long bucket)
    {
        var segments = new List<TimeSegment>();
        Add(segments, from, to, [.. RollupSql.Widths.Where(w => bucket % w == 0)]);
        return segments;
    }

    private static void Add(List<TimeSegment> segments, long? from, long? to, long[] widths)
    {
        if (from is { } start && to is { } end && start >= end)
        {
            return;
        }

        if (widths.Length == 0)
        {
            segments.Add(new TimeSegment(0, from, to));
            return;
        }

        var width = widths[0];
        var finer = widths[1..];
        long? low = from is { } f ? Ceiling(f, width) : null;
        long? high = to is { } t ? Floor(t, width) : null;
        if (low is { } l && high is { } h && l >= h)
        {
            Add(segments, from, to, finer);
            return;
        }

        if (from is { } a && low is { } b && a < b)
        {
            Add(segments, a, b, finer);
        }

        segments.Add(new TimeSegment(width, low, high));
        if (to is { } z && high is { } y && y < z)
        {
            Add(segments, y, z, finer);
        }
    }

    private static long Floor(long time, long width) => time - (((time % width) + width) % width);

    private static long Ceiling(long time, long width) => Floor(time, width) == time ? time : Floor(time, width) + width;
}
