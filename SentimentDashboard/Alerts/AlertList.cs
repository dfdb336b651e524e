namespace SentimentDashboard.Alerts;

/// <summary>The body of <c>GET /api/alerts</c>: the alerts, newest first.</summary>
public sealed record AlertList(IReadOnlyList<AlertResponse> Items);
