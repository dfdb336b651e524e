namespace SentimentDashboard.Accounts;

/// <summary>A user as the Users page lists them.</summary>
public sealed record UserRow(
    string Id,
    string Email,
    string Role,
    bool Disabled,
    DateTimeOffset? LockedOutUntil,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastSignInAt);
