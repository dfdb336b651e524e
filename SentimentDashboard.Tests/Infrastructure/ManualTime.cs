namespace SentimentDashboard.Tests.Infrastructure;

/// <summary>A clock that only moves when a test moves it.</summary>
public sealed class ManualTime : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UnixEpoch.AddYears(56);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
