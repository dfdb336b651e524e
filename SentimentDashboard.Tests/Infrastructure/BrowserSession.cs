using SentimentDashboard.Accounts;

namespace SentimentDashboard.Tests.Infrastructure;

/// <summary>
/// How a browser test starts: signed in as <paramref name="Role"/> (null: signed out), in <paramref name="TimeZone"/>
/// (null: the machine's), at the app's address or, with <paramref name="AtLocalhost"/>, at http://localhost:PORT (passkeys
/// need a domain name: WebAuthn refuses IP addresses).
/// </summary>
public sealed record BrowserSession(string? Role = Roles.Admin, string? TimeZone = null, bool AtLocalhost = false);
