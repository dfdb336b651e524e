namespace SentimentDashboard.Monitoring.Replay;

/// <summary>Reads a replay file's records in order (JSON Lines or CSV).</summary>
internal interface IReplayReader : IDisposable
{
    /// <summary>Passes over the first <paramref name="count"/> records without parsing them (resuming after a cursor).</summary>
    void Skip(long count);

    bool TryRead(out ReplayRecord record);
}
