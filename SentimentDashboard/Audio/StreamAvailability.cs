namespace SentimentDashboard.Audio;

/// <summary>What a poll found: live now, the account/page exists but is not live, nothing answers, or a problem to fix.</summary>
public enum StreamAvailability
{
    Live,
    OnlineNotLive,
    Offline,
    Error,
}
