using SentimentDashboard.Analysis;

namespace SentimentDashboard.Components.Pages;

/// <summary>The overview the server prerendered, carried into the circuit so it starts with it instead of querying again.</summary>
/// <param name="Query">The filter's query string the overview was read for.</param>
public sealed record OverviewSnapshot(string Query, Overview Overview);
