namespace SentimentDashboard.Api;

/// <summary>The body of <c>POST /api/monitors</c>.</summary>
public sealed record MonitorRequest(string? Kind, string? Target);
