namespace SentimentDashboard.Api.Keys;

/// <summary>What a key may do: <see cref="Read"/> reads posts, exports and scores texts; <see cref="Write"/> also changes monitors.</summary>
public enum ApiKeyScope
{
    Read,
    Write,
}
