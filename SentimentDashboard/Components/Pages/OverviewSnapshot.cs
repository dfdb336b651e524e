using SentimentDashboard.Analysis;

namespace SentimentDashboard.Components.Pages;

/// <summary>The overview the server prerendered, carried into the circuit so it starts with it instead of querying again.</summary>
/// <param name="Query">The filter's query string the overview was read for.</param>
/// <param name="Stored">The live hub's count of stored posts before it was read: if more were stored since, it is stale.</param>
public sealed record OverviewSnapshot(string Query, long Stored, Overview Overview);
