namespace SentimentDashboard.Monitoring.Replay;

/// <summary>
/// How the bundled demo corpus is replayed so that a first start looks like a live deployment whatever the date: the
/// first <see cref="BackfillShare"/> of the posts are stored at once, moved in time (spacing kept) so that the last of
/// them is now; the rest then arrive one at a time every few seconds, stamped with the time they arrive.
/// </summary>
internal sealed class DemoTimeline
{
    public const double BackfillShare = 0.75;

    private readonly TimeProvider _time;
    private readonly TimeSpan _interval;
    private readonly long _backfilled;
    private readonly DateTimeOffset _lastBackfilledAt;
    private TimeSpan? _shift;

    /// <summary><paramref name="createdAt"/>: the corpus's own post times in file order; <paramref name="interval"/>: the mean wait between live posts.</summary>
    public DemoTimeline(IReadOnlyList<DateTimeOffset> createdAt, TimeSpan interval, TimeProvider time)
    {
        _time = time;
        _interval = interval;
        _backfilled = (long)Math.Round(createdAt.Count * BackfillShare);
        _lastBackfilledAt = _backfilled > 0 ? createdAt[(int)_backfilled - 1] : time.GetUtcNow();
    }

    /// <summary>Record <paramref name="number"/> (from 1) ready to send: re-dated, after waiting its turn if it is a live one.</summary>
    public async ValueTask<RawPost> ScheduleAsync(RawPost post, long number, CancellationToken cancellation)
    {
        if (number <= _backfilled)
        {
            _shift ??= _time.GetUtcNow() - _lastBackfilledAt;
            return post with { CreatedAt = post.CreatedAt + _shift.Value };
        }

        // Between half and one and a half times the interval: arrivals look irregular, as real ones are.
        var wait = _interval * (0.5 + Random.Shared.NextDouble());
        await Task.Delay(wait, _time, cancellation);
        return post with { CreatedAt = _time.GetUtcNow() };
    }
}
