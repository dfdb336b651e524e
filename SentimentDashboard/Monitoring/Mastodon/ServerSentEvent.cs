namespace SentimentDashboard.Monitoring.Mastodon;

/// <summary>One server-sent event: its <c>event:</c> name and its <c>data:</c> lines joined by line feeds.</summary>
internal sealed record ServerSentEvent(string Type, string Data);
