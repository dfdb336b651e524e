using SentimentDashboard.Accounts;

namespace SentimentDashboard.Tests.Infrastructure;

/// <summary>How a browser test starts: signed in as <paramref name="Role"/> (null: signed out), in <paramref name="TimeZone"/> (null: the machine's).</summary>
public sealed record BrowserSession(string? Role = Roles.Admin, string? TimeZone = null);
