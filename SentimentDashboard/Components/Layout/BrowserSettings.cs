namespace SentimentDashboard.Components.Layout;

/// <summary>What wwwroot/js/viewer.js reads from the browser: its IANA time zone and whether it prefers a dark scheme.</summary>
internal sealed record BrowserSettings(string? TimeZone, bool PrefersDark);
