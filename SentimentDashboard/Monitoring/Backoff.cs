namespace SentimentDashboard.Monitoring;

/// <summary>Waits between retries after a failure: exponential from 1 s to 5 min, with jitter.</summary>
internal static class Backoff
{
    private static readonly TimeSpan First = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Longest = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Half of each step is fixed and half random ("equal jitter"), so monitors that failed together, such as every
    /// monitor of an instance that went down, do not all come back at the same instant.
    /// </summary>
    public static TimeSpan After(int failures)
    {
        var step = Math.Min(Longest.TotalSeconds, First.TotalSeconds * Math.Pow(2, Math.Clamp(failures, 1, 30) - 1));
        return TimeSpan.FromSeconds(step / 2 + Random.Shared.NextDouble() * step / 2);
    }
}
