namespace SentimentDashboard.Components.Charts;

/// <summary>
/// What a <see cref="TimeChart"/> shows: series sharing one list of times, each point standing for the slot from its
/// time to <see cref="Step"/> later (a bucket of posts, or the second a segment was transcribed in).
/// </summary>
public sealed record TimeSeriesSet(IReadOnlyList<DateTimeOffset> Times, TimeSpan Step, IReadOnlyList<TimeSeries> Series)
{
    public bool IsEmpty => Times.Count == 0 || Series.All(s => s.Values.All(v => v is null));

    /// <summary>The index of the slot holding <paramref name="at"/>, or -1.</summary>
    public int SlotOf(DateTimeOffset at)
    {
        var index = Times.Count - 1;
        while (index >= 0 && Times[index] > at)
        {
            index--;
        }

        return index >= 0 && at < Times[index] + Step ? index : -1;
    }
}
