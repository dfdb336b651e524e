namespace SentimentDashboard.Monitoring;

/// <summary>
/// The outcome of adding a monitor: <see cref="Monitor"/> (the new one, or for "add or keep" the one that already
/// existed) or <see cref="Error"/>, a message for people ("A replay monitor of '…' already exists (#3).").
/// </summary>
public sealed record MonitorAddResult(MonitorInfo? Monitor, bool Created, string? Error)
{
    public bool Succeeded => Error is null;

    public static MonitorAddResult Refused(string error) => new(null, false, error);
}
