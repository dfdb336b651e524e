using System.Collections.Concurrent;

namespace SentimentDashboard.Monitoring.Mastodon;

/// <summary>Account ids by instance and acct, looked up once: an id never changes, and every lookup costs a request of the rate limit.</summary>
internal sealed class AccountIds(MastodonClient client)
{
    private readonly ConcurrentDictionary<string, string> ids = new(StringComparer.OrdinalIgnoreCase);

    public async Task<string> GetAsync(MastodonTarget target, string? token, CancellationToken cancellation)
    {
        var key = $"{target.Instance.Authority}/{target.Name}";
        if (ids.TryGetValue(key, out var id))
        {
            return id;
        }

        id = await client.LookupAccountIdAsync(target.Instance, target.Name!, token, cancellation);
        ids[key] = id;
        return id;
    }
}
