using System.Text.Json;
using SentimentDashboard.Analysis;

namespace SentimentDashboard.Components.Pages;

/// <summary>The overview the server prerendered, carried into the circuit so it starts with it instead of querying again.</summary>
/// <param name="Query">The filter's query string the overview was read for.</param>
/// <param name="Stored">The live hub's count of stored posts before it was read: if more were stored since, it is stale.</param>
public sealed record OverviewSnapshot(string Query, long Stored, Overview Overview)
{
    /// <summary>
    /// The browser hands persisted state back in the circuit's first message, which SignalR refuses beyond 32 KB by
    /// closing the connection: the page would never become interactive. Protected and base64-encoded twice, the state
    /// grows to about 1.8 times its JSON, so a snapshot over this is left for the circuit to query again.
    /// </summary>
    public const int MaxCarriedBytes = 12 * 1024;

    /// <summary>Whether the snapshot is small enough to carry into the circuit.</summary>
    public bool FitsCircuitStart() => JsonSerializer.SerializeToUtf8Bytes(this, JsonSerializerOptions.Web).Length <= MaxCarriedBytes;
}
